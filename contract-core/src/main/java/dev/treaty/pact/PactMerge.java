package dev.treaty.pact;

import java.util.List;
import java.util.Objects;

/**
 * What {@link PactDocument#merge} made: the merged document, and the descriptions of interactions
 * that both documents have under the same {@link InteractionKey} but with different requests.
 */
public record PactMerge(PactDocument pact, List<String> conflicts) {
  public PactMerge {
    Objects.requireNonNull(pact, "pact");
    conflicts = List.copyOf(conflicts);
  }
}
