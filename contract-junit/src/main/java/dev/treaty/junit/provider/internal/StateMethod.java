package dev.treaty.junit.provider.internal;

import dev.treaty.contract.ProviderState;
import dev.treaty.junit.provider.StateAction;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.ReflectionSupport;

/** One {@code @State} method: checks its shape once, binds a state's params to it and calls it. */
final class StateMethod {
  private final Method method;
  private final String owner;

  private StateMethod(Method method, String owner) {
    this.method = method;
    this.owner = owner;
  }

  static StateMethod of(Class<?> testClass, Method method, StateAction action) {
    StateMethod handler = new StateMethod(method, testClass.getSimpleName());
    Class<?> returned = method.getReturnType();
    if (action == StateAction.SETUP && returned != void.class && !Map.class.isAssignableFrom(returned)) {
      throw new ExtensionConfigurationException("@State method " + handler.signature() + " of "
          + handler.owner + " returns " + returned.getSimpleName()
          + "; return void, or a Map<String, ?> of values for the interaction's provider-state generators");
    }
    return handler;
  }

  /** Calls the method for {@code state} on {@code testInstance}; returns its values, or an empty map. */
  Map<String, Object> invoke(Object testInstance, ProviderState state) {
    Object[] arguments = StateArguments.bind(method, owner, state);
    Object target = Modifier.isStatic(method.getModifiers()) ? null : testInstance;
    Object returned = ReflectionSupport.invokeMethod(method, target, arguments);
    Map<String, Object> values = new LinkedHashMap<>();
    if (returned instanceof Map<?, ?> map) {
      map.forEach((name, value) -> values.put(String.valueOf(name), value));
    }
    return values;
  }

  /** The method as people write it: {@code orderExists(long id)}. */
  String signature() {
    return StateArguments.signature(method);
  }
}
