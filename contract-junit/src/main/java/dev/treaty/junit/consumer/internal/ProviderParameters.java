package dev.treaty.junit.consumer.internal;

import dev.treaty.junit.consumer.MessageProvider;
import dev.treaty.junit.consumer.MockBaseUrl;
import dev.treaty.junit.consumer.MockProvider;
import dev.treaty.junit.consumer.Provider;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/** Decides which parameters the consumer extension injects and which provider each belongs to. */
final class ProviderParameters {
  private ProviderParameters() {}

  static boolean supports(ParameterContext parameter) {
    Class<?> type = parameter.getParameter().getType();
    if (type == MockProvider.class || type == MessageProvider.class) {
      return true;
    }
    return parameter.isAnnotated(MockBaseUrl.class);
  }

  static Object resolve(ParameterContext parameter, ConsumerClass state) {
    Class<?> type = parameter.getParameter().getType();
    String provider = provider(parameter, state.settings());
    if (type == MessageProvider.class) {
      return state.messages(provider);
    }
    WireMockMockProvider mock = state.mock(provider);
    if (type == MockProvider.class) {
      return mock;
    }
    if (type == String.class) {
      return mock.baseUrl();
    }
    if (type == URI.class) {
      return URI.create(mock.baseUrl());
    }
    throw new ParameterResolutionException("@MockBaseUrl parameter " + describe(parameter)
        + " has type " + type.getName() + "; declare it as String or java.net.URI");
  }

  private static String provider(ParameterContext parameter, ConsumerSettings settings) {
    List<String> providers = settings.providers();
    if (parameter.isAnnotated(Provider.class)) {
      String name = parameter.findAnnotation(Provider.class).orElseThrow().value();
      if (!providers.contains(name)) {
        throw new ParameterResolutionException("@Provider(\"" + name + "\") on parameter "
            + describe(parameter) + " names none of the providers " + providers
            + "; use one of those names or add it to @TreatyConsumerTest(provider = ...)");
      }
      return name;
    }
    if (providers.size() > 1) {
      throw new ParameterResolutionException("parameter " + describe(parameter) + " could belong to any of the providers " + providers
          + "; annotate it with @Provider(\"" + providers.get(0) + "\")");
    }
    return providers.get(0);
  }

  private static String describe(ParameterContext parameter) {
    var executable = parameter.getDeclaringExecutable();
    String name = executable instanceof java.lang.reflect.Constructor<?> ? "constructor" : executable.getName() + "()";
    return parameter.getIndex() + " (" + parameter.getParameter().getType().getSimpleName() + ") of "
        + executable.getDeclaringClass().getSimpleName() + "." + name;
  }
}
