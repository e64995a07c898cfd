package dev.treaty.benchmarks.broker;

import java.util.ArrayList;
import java.util.List;

/**
 * The seeded organisation's names and integrations, which {@link SeedOrganisation} writes and the
 * load drivers read back: pacticipants {@code svc-0001..}, consumer i depends on one of the 5%
 * popular providers and on two providers spread evenly. With {@code hubConsumers} &gt; 0 the last
 * pacticipant is a hub provider with exactly that many consumers (every third pacticipant, from
 * {@code svc-0003}), and nobody else depends on it.
 */
record Organisation(int pacticipants, int providersPerConsumer, int hubConsumers) {
  Organisation {
    if (pacticipants < 2) {
      throw new IllegalArgumentException("pacticipants must be at least 2: " + pacticipants);
    }
    if (providersPerConsumer < 1) {
      throw new IllegalArgumentException("providersPerConsumer must be at least 1: " + providersPerConsumer);
    }
    if (hubConsumers < 0 || hubConsumers > 0 && 3L * hubConsumers >= pacticipants) {
      throw new IllegalArgumentException("hubConsumers must be between 0 and (pacticipants - 1) / 3 (every third pacticipant "
          + "but the hub consumes it): " + hubConsumers + " with " + pacticipants + " pacticipants");
    }
  }

  /** An organisation without a hub. */
  Organisation(int pacticipants, int providersPerConsumer) {
    this(pacticipants, providersPerConsumer, 0);
  }

  static String name(int index) {
    return String.format("svc-%04d", index);
  }

  /** The hub provider's index (the last pacticipant), or 0 when there is none. */
  int hub() {
    return hubConsumers == 0 ? 0 : pacticipants;
  }

  /** Whether pacticipant {@code i} is one of the hub's consumers. */
  boolean consumesHub(int i) {
    return hubConsumers > 0 && i % 3 == 0 && i / 3 <= hubConsumers;
  }

  /** The providers consumer {@code i} publishes pacts for (1-based indexes, no duplicates). */
  List<Integer> providersOf(int i) {
    List<Integer> providers = new ArrayList<>();
    for (int k = 1; k <= providersPerConsumer; k++) {
      int p = k == 1
          ? 1 + (i * 7) % Math.max(1, pacticipants / 20)
          : 1 + (int) (((long) i * 31 + (long) k * 977) % pacticipants);
      if (p == i) {
        p = p % pacticipants + 1;
      }
      if (p == hub()) {
        p = p - 1 == i ? p - 2 : p - 1;
      }
      if (!providers.contains(p)) {
        providers.add(p);
      }
    }
    if (consumesHub(i)) {
      providers.add(hub());
    }
    return providers;
  }

  /** The consumers of provider {@code p}, in index order. */
  List<Integer> consumersOf(int p) {
    List<Integer> consumers = new ArrayList<>();
    for (int c = 1; c <= pacticipants; c++) {
      if (providersOf(c).contains(p)) {
        consumers.add(c);
      }
    }
    return consumers;
  }

  /** The popular providers: the first 5% of pacticipants (at least one). */
  int popularProviders() {
    return Math.max(1, pacticipants / 20);
  }

  /** A permutation of 1..pacticipants: the {@code k}-th pick visits every pacticipant once per round. */
  int pick(long k) {
    return 1 + (int) ((k * 7919L) % pacticipants);
  }
}
