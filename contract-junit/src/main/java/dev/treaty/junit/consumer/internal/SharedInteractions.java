package dev.treaty.junit.consumer.internal;

import dev.treaty.contract.Interaction;
import dev.treaty.dsl.HttpInteractionBuilder;
import dev.treaty.dsl.MessageInteractionBuilder;
import dev.treaty.junit.consumer.Interactions;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/** Reads the interactions a test class shares through its {@link Interactions} methods, by provider. */
final class SharedInteractions {
  private SharedInteractions() {}

  static Map<String, List<Interaction>> read(Class<?> testClass, ConsumerSettings settings) {
    Map<String, List<Interaction>> byProvider = new LinkedHashMap<>();
    settings.providers().forEach(p -> byProvider.put(p, new ArrayList<>()));
    List<Method> methods = AnnotationSupport.findAnnotatedMethods(
        testClass, Interactions.class, HierarchyTraversalMode.TOP_DOWN);
    for (Method method : methods) {
      String where = "@Interactions method " + testClass.getSimpleName() + "." + method.getName() + "()";
      if (!Modifier.isStatic(method.getModifiers()) || method.getParameterCount() > 0) {
        throw new ExtensionConfigurationException(where
            + " must be static and take no parameters; declare it as static List<HttpInteraction> "
            + method.getName() + "()");
      }
      String provider = provider(where, method.getAnnotation(Interactions.class), settings);
      Object result = ReflectionSupport.invokeMethod(method, null);
      collect(where, result, byProvider.get(provider));
    }
    return byProvider;
  }

  private static String provider(String where, Interactions annotation, ConsumerSettings settings) {
    String provider = annotation.provider().trim();
    if (provider.isEmpty()) {
      if (settings.providers().size() == 1) {
        return settings.providers().get(0);
      }
      throw new ExtensionConfigurationException(where + " names no provider, but "
          + settings.testClass() + " has several " + settings.providers()
          + "; say which with @Interactions(provider = \"" + settings.providers().get(0) + "\")");
    }
    if (!settings.providers().contains(provider)) {
      throw new ExtensionConfigurationException(where + " names provider \"" + provider
          + "\", which is not among " + settings.providers()
          + "; add it to @TreatyConsumerTest(provider = ...) or fix the name");
    }
    return provider;
  }

  private static void collect(String where, Object value, List<Interaction> out) {
    if (value instanceof Interaction interaction) {
      out.add(interaction);
    } else if (value instanceof HttpInteractionBuilder builder) {
      out.add(builder.build());
    } else if (value instanceof MessageInteractionBuilder builder) {
      out.add(builder.build());
    } else if (value instanceof Collection<?> collection) {
      collection.forEach(v -> collect(where, v, out));
    } else if (value instanceof Object[] array) {
      for (Object v : array) {
        collect(where, v, out);
      }
    } else {
      throw new ExtensionConfigurationException(where + " returned "
          + (value == null ? "null" : "a " + value.getClass().getName())
          + "; return interactions or their builders (one, a List or an array)");
    }
  }
}
