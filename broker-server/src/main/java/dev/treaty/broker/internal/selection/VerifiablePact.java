package dev.treaty.broker.internal.selection;

import dev.treaty.broker.internal.store.PactRow;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One entry of the pacts-for-verification answer: a content (pact version) of one consumer with
 * every reason it was selected. Its consumer version is the highest-ordered one selected.
 *
 * @param pending present when pending status was asked for (always, for WIP pacts)
 */
record VerifiablePact(List<Selection> selections, boolean wip, Optional<PendingStatus> pending) {
  VerifiablePact {
    if (selections.isEmpty()) {
      throw new IllegalArgumentException("a verifiable pact needs at least one selection");
    }
    selections = List.copyOf(selections);
  }

  /** The selected publication with the highest consumer version order. */
  PactRow latest() {
    return selections.stream().map(Selection::pact)
        .max(Comparator.comparingLong(PactRow::consumerVersionOrder)).orElseThrow();
  }

  String consumerName() {
    return selections.get(0).pact().consumerName();
  }

  long consumerId() {
    return selections.get(0).pact().consumerId();
  }

  String sha() {
    return selections.get(0).pact().sha();
  }

  long pactVersionId() {
    return selections.get(0).pact().pactVersionId();
  }

  boolean isPending() {
    return pending.map(PendingStatus::pending).orElse(false);
  }

  VerifiablePact withPending(PendingStatus status) {
    return new VerifiablePact(selections, wip, Optional.of(status));
  }
}
