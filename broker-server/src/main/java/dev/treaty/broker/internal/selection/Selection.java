package dev.treaty.broker.internal.selection;

import dev.treaty.broker.internal.store.PactRow;
import dev.treaty.broker.internal.store.SelectionKind;

/** One reason a pact is verified: the criterion that matched and the consumer version it matched. */
record Selection(Criterion criterion, PactRow pact, boolean fallbackUsed) {
  SelectionKind kind() {
    return criterion.kind();
  }

  /** The branch or tag this selection is the latest of (the fallback when it was used), else null. */
  String branchOrTag() {
    if (fallbackUsed) {
      return criterion.fallback();
    }
    return pact.label() != null ? pact.label() : criterion.name();
  }

  /** The consumer named in descriptions, or null for "a consumer". */
  String describedConsumer() {
    return criterion.perConsumer() ? pact.consumerName() : null;
  }
}
