package dev.treaty.verify;

import dev.treaty.contract.ProviderState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A state handler that records every call, returns fixed values and can fail one state. */
final class RecordingStateHandler implements ProviderStateHandler {
  final List<String> calls = new ArrayList<>();
  private final Map<String, Object> values;
  private final String failing;

  RecordingStateHandler(Map<String, Object> values, String failing) {
    this.values = values;
    this.failing = failing;
  }

  RecordingStateHandler() {
    this(Map.of(), null);
  }

  @Override
  public Map<String, Object> setUp(ProviderState state) {
    calls.add("setup " + state.name() + " " + state.params());
    if (state.name().equals(failing)) {
      throw new IllegalStateException("database is down");
    }
    return values;
  }

  @Override
  public void tearDown(ProviderState state) {
    calls.add("teardown " + state.name());
  }
}
