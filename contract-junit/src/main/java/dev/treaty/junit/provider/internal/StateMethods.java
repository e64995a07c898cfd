package dev.treaty.junit.provider.internal;

import dev.treaty.junit.provider.State;
import dev.treaty.junit.provider.StateAction;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/** The {@code @State} methods of a provider test class, by state name and action, checked once. */
final class StateMethods {
  private final Map<Key, StateMethod> methods;

  private StateMethods(Map<Key, StateMethod> methods) {
    this.methods = methods;
  }

  static StateMethods of(Class<?> testClass) {
    Map<Key, StateMethod> methods = new LinkedHashMap<>();
    for (Method method : ReflectionSupport.findMethods(
        testClass, m -> m.isAnnotationPresent(State.class), HierarchyTraversalMode.TOP_DOWN)) {
      State state = method.getAnnotation(State.class);
      StateMethod handler = StateMethod.of(testClass, method, state.action());
      for (String name : state.value()) {
        StateMethod previous = methods.putIfAbsent(new Key(name, state.action()), handler);
        if (previous != null) {
          throw new ExtensionConfigurationException("@State(\"" + name + "\") " + actionText(state.action())
              + " is handled twice in " + testClass.getSimpleName() + ": by " + previous.signature()
              + " and by " + handler.signature() + "; keep one");
        }
      }
    }
    return new StateMethods(methods);
  }

  /** The method that runs {@code action} for the state named {@code name}, if any. */
  Optional<StateMethod> find(String name, StateAction action) {
    return Optional.ofNullable(methods.get(new Key(name, action)));
  }

  private static String actionText(StateAction action) {
    return action == StateAction.SETUP ? "setup" : "teardown";
  }

  private record Key(String name, StateAction action) {}
}
