package dev.treaty.broker.internal.selection;

import dev.treaty.broker.internal.store.PactQuery;
import dev.treaty.broker.internal.store.SelectionKind;
import java.util.List;

/**
 * A selector reduced to one query kind: {@code matchingBranch} becomes a branch, {@code
 * deployedOrReleased} and a bare environment become a deployed and a released criterion, and the
 * default selectors become per-consumer criteria.
 *
 * @param name the branch, tag or environment (null when the kind needs none)
 * @param fallback the fallback branch or tag, used for consumers the name finds nothing for
 * @param consumer only this consumer (null: all)
 * @param consumerIds only these consumers (empty: all); set by the default selectors
 * @param perConsumer whether descriptions name the consumer (a consumer or default selector)
 */
record Criterion(SelectionKind kind, String name, String fallback, String consumer, List<Long> consumerIds, boolean perConsumer) {
  Criterion {
    consumerIds = List.copyOf(consumerIds);
  }

  static Criterion of(SelectionKind kind, String name, String fallback, String consumer) {
    return new Criterion(kind, name, fallback, consumer, List.of(), consumer != null);
  }

  static Criterion forConsumers(SelectionKind kind, List<Long> consumerIds) {
    return new Criterion(kind, null, null, null, consumerIds, true);
  }

  PactQuery query() {
    return new PactQuery(kind, name, consumer, consumerIds, List.of());
  }

  PactQuery fallbackQuery(List<Long> excludedConsumerIds) {
    return new PactQuery(kind, fallback, consumer, consumerIds, excludedConsumerIds);
  }
}
