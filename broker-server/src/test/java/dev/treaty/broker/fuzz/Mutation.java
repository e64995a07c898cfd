package dev.treaty.broker.fuzz;

import java.util.function.Consumer;

/**
 * One change to a valid request, such as "path parameter 2 := '%00'" or "body $.contracts[0]
 * dropped". Mutations are values generated (and shrunk) by QuickTheories; {@link #description} is what a
 * report prints, so a finding names exactly what was changed.
 */
record Mutation(Stage stage, String description, Consumer<Draft> change) {
  /** The order mutations apply in: the JSON tree is changed before its bytes, the bytes before their framing. */
  enum Stage { REQUEST_LINE, QUERY, HEADERS, PACT, JSON, BYTES, FRAMING }

  void applyTo(Draft draft) {
    change.accept(draft);
  }

  @Override
  public String toString() {
    return description;
  }
}
