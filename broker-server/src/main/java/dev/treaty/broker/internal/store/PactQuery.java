package dev.treaty.broker.internal.store;

import java.util.List;
import java.util.Objects;

/**
 * One set-based pact lookup for a provider: the kind, its name argument (branch, tag or
 * environment; null when the kind needs none) and which consumers count.
 *
 * @param consumerName only this consumer (null: all)
 * @param consumerIds only these consumers (empty: all)
 * @param excludedConsumerIds never these consumers (used by fallbacks)
 */
public record PactQuery(
    SelectionKind kind, String name, String consumerName, List<Long> consumerIds, List<Long> excludedConsumerIds) {
  public PactQuery {
    Objects.requireNonNull(kind, "kind");
    consumerIds = List.copyOf(consumerIds);
    excludedConsumerIds = List.copyOf(excludedConsumerIds);
  }

  public static PactQuery of(SelectionKind kind, String name, String consumerName) {
    return new PactQuery(kind, name, consumerName, List.of(), List.of());
  }

  public PactQuery onlyConsumers(List<Long> ids) {
    return new PactQuery(kind, name, consumerName, ids, excludedConsumerIds);
  }

  public PactQuery excludingConsumers(List<Long> ids) {
    return new PactQuery(kind, name, consumerName, consumerIds, ids);
  }
}
