package dev.treaty.verify.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.contract.internal.JsonMappers;
import dev.treaty.contract.ProviderState;
import dev.treaty.verify.ProviderStateHandler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sets up an interaction's states in order, collecting params and returned values for
 * generators, and tears down exactly the states that were set up, in reverse order.
 */
final class ProviderStates {
  private static final ObjectMapper MAPPER = JsonMappers.JAVA_VALUES;

  private final ProviderStateHandler handler;
  private final List<ProviderState> setUp = new ArrayList<>();

  ProviderStates(ProviderStateHandler handler) {
    this.handler = handler;
  }

  /** Sets up {@code states}; the values are every state's params, then every returned value. */
  Map<String, JsonNode> setUp(List<ProviderState> states) throws StateSetupException {
    Map<String, JsonNode> values = new LinkedHashMap<>();
    for (ProviderState state : states) {
      values.putAll(state.params());
    }
    for (ProviderState state : states) {
      if (handler == null) {
        throw new StateSetupException("provider state \"" + state.name() + "\" cannot be set up: no"
            + " state handler is configured; give one with ProviderVerifier.builder().stateHandler(...)"
            + " (CLI: --provider-states-url)", null);
      }
      Map<String, Object> returned;
      try {
        returned = handler.setUp(state);
      } catch (Exception e) {
        throw new StateSetupException("provider state \"" + state.name() + "\" setup failed: " + describe(e), e);
      }
      setUp.add(state);
      if (returned != null) {
        returned.forEach((name, value) -> values.put(name, MAPPER.valueToTree(value)));
      }
    }
    return values;
  }

  /** Tears down the states set up so far, in reverse; returns the first failure, or null. */
  String tearDown() {
    String failure = null;
    for (int i = setUp.size() - 1; i >= 0; i--) {
      ProviderState state = setUp.get(i);
      try {
        handler.tearDown(state);
      } catch (Exception e) {
        if (failure == null) {
          failure = "provider state \"" + state.name() + "\" teardown failed: " + describe(e);
        }
      }
    }
    setUp.clear();
    return failure;
  }

  static String describe(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
