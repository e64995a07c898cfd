package dev.treaty.benchmarks.broker;

import java.util.ArrayList;
import java.util.List;

/**
 * The seeded organisation's names and integrations, the same as {@code benchmarks/broker/seed.sql}
 * computes them: pacticipants {@code svc-0001..}, consumer i depends on one of the 5% popular
 * providers and on two providers spread evenly.
 */
record Organisation(int pacticipants, int providersPerConsumer) {
  Organisation {
    if (pacticipants < 2) {
      throw new IllegalArgumentException("pacticipants must be at least 2: " + pacticipants);
    }
    if (providersPerConsumer < 1) {
      throw new IllegalArgumentException("providersPerConsumer must be at least 1: " + providersPerConsumer);
    }
  }

  static String name(int index) {
    return String.format("svc-%04d", index);
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
      if (!providers.contains(p)) {
        providers.add(p);
      }
    }
    return providers;
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
