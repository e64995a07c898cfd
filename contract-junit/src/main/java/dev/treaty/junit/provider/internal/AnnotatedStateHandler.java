package dev.treaty.junit.provider.internal;

import dev.treaty.contract.ProviderState;
import dev.treaty.junit.provider.StateAction;
import dev.treaty.verify.ProviderStateHandler;
import java.util.Map;

/** Adapts a test class's {@code @State} methods to the verifier's {@link ProviderStateHandler}. */
record AnnotatedStateHandler(StateMethods methods, Object testInstance) implements ProviderStateHandler {

  @Override
  public Map<String, Object> setUp(ProviderState state) {
    return methods.find(state.name(), StateAction.SETUP)
        .orElseThrow(() -> new IllegalStateException("@State \"" + state.name() + "\" has no handler"))
        .invoke(testInstance, state);
  }

  @Override
  public void tearDown(ProviderState state) {
    methods.find(state.name(), StateAction.TEARDOWN).ifPresent(method -> method.invoke(testInstance, state));
  }
}
