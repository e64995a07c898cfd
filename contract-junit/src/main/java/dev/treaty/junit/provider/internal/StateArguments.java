package dev.treaty.junit.provider.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.contract.ProviderState;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Binds a provider state to the parameters of a {@code @State} method: the state itself, a map of
 * all params, or one param by the parameter's name, converted to the parameter's type.
 */
final class StateArguments {
  private static final ObjectMapper MAPPER = UserValues.MAPPER;

  private StateArguments() {}

  static Object[] bind(Method method, String owner, ProviderState state) {
    Parameter[] parameters = method.getParameters();
    Object[] arguments = new Object[parameters.length];
    for (int i = 0; i < parameters.length; i++) {
      arguments[i] = bind(parameters[i], method, owner, state);
    }
    return arguments;
  }

  private static Object bind(Parameter parameter, Method method, String owner, ProviderState state) {
    Class<?> type = parameter.getType();
    if (type == ProviderState.class) {
      return state;
    }
    JsonNode value = state.params().get(parameter.getName());
    if (value == null && Map.class.isAssignableFrom(type)) {
      Map<String, Object> params = new LinkedHashMap<>();
      state.params().forEach((name, node) -> params.put(name, MAPPER.convertValue(node, Object.class)));
      return params;
    }
    String where = "@State method " + signature(method) + " of " + owner;
    if (!parameter.isNamePresent()) {
      throw new IllegalStateException(where + " has parameters without names; compile with -parameters"
          + " (maven-compiler-plugin <parameters>true</parameters>) or take a Map<String, Object>");
    }
    if (value == null) {
      throw new IllegalStateException(where + " needs param \"" + parameter.getName() + "\", but the state has "
          + (state.params().isEmpty() ? "no params" : "params " + MAPPER.valueToTree(state.params()))
          + "; name the parameter after one of the state's params, or take a Map<String, Object>");
    }
    try {
      return MAPPER.convertValue(value, MAPPER.constructType(parameter.getParameterizedType()));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(where + ": param \"" + parameter.getName() + "\" is " + value
          + ", which cannot be converted to " + type.getSimpleName(), e);
    }
  }

  /** {@code orderExists(long id)}. */
  static String signature(Method method) {
    StringJoiner joiner = new StringJoiner(", ", method.getName() + "(", ")");
    for (Parameter parameter : method.getParameters()) {
      joiner.add(parameter.getParameterizedType().getTypeName().replaceAll("[\\w$]+\\.", "").replace('$', '.') + " "
          + parameter.getName());
    }
    return joiner.toString();
  }
}
