package dev.treaty.junit.provider.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.contract.Body;
import dev.treaty.contract.Message;
import dev.treaty.contract.ProviderState;
import dev.treaty.junit.provider.ProducesMessage;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * The {@code @ProducesMessage} methods of a provider test class by message description, and the
 * conversion of what they return into a {@link Message}.
 */
final class MessageMethods {
  private static final ObjectMapper MAPPER = UserValues.MAPPER;

  private final Map<String, Method> methods;

  private MessageMethods(Map<String, Method> methods) {
    this.methods = methods;
  }

  static MessageMethods of(Class<?> testClass) {
    Map<String, Method> methods = new LinkedHashMap<>();
    String owner = testClass.getSimpleName();
    for (Method method : ReflectionSupport.findMethods(
        testClass, m -> m.isAnnotationPresent(ProducesMessage.class), HierarchyTraversalMode.TOP_DOWN)) {
      checkShape(method, owner);
      for (String description : method.getAnnotation(ProducesMessage.class).value()) {
        Method previous = methods.putIfAbsent(description, method);
        if (previous != null) {
          throw new ExtensionConfigurationException("@ProducesMessage(\"" + description + "\") is handled twice in "
              + owner + ": by " + previous.getName() + "() and by " + method.getName() + "(); keep one");
        }
      }
    }
    return new MessageMethods(methods);
  }

  private static void checkShape(Method method, String owner) {
    boolean noParameters = method.getParameterCount() == 0;
    boolean statesOnly = method.getParameterCount() == 1 && method.getParameterTypes()[0] == List.class;
    if (!(noParameters || statesOnly) || method.getReturnType() == void.class) {
      throw new ExtensionConfigurationException("@ProducesMessage method " + StateArguments.signature(method)
          + " of " + owner + " must take no parameters (or a List<ProviderState>) and return the message:"
          + " a Message, or a value written as JSON");
    }
  }

  /** The method producing the message described as {@code description}, if any. */
  Optional<Method> find(String description) {
    return Optional.ofNullable(methods.get(description));
  }

  /** Calls the producer of {@code description} on {@code testInstance} and converts its result. */
  Message produce(Object testInstance, String description, List<ProviderState> states) {
    Method method = methods.get(description);
    Object target = Modifier.isStatic(method.getModifiers()) ? null : testInstance;
    Object[] arguments = method.getParameterCount() == 0 ? new Object[0] : new Object[] {states};
    return toMessage(ReflectionSupport.invokeMethod(method, target, arguments), method);
  }

  private static Message toMessage(Object produced, Method method) {
    if (produced == null || produced instanceof Message) {
      return (Message) produced;
    }
    if (produced instanceof JsonNode json) {
      return Message.of(Body.json(json));
    }
    if (produced instanceof String text) {
      try {
        return Message.of(Body.json(MAPPER.readTree(text)));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("@ProducesMessage method " + method.getName() + "() returned text that"
            + " is not JSON (" + e.getOriginalMessage() + "); return a Message with Body.text(...) for text", e);
      }
    }
    return Message.of(Body.json(MAPPER.valueToTree(produced)));
  }
}
