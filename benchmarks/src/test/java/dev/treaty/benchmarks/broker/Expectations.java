package dev.treaty.benchmarks.broker;

import java.util.List;

/**
 * What the broker must answer about the seeded {@link History}, worked out from the history alone:
 * the matrix rows a can-i-deploy to production counts, and the hub's matrix. {@link SeedCheck}
 * compares them with the broker's answers, so a seed that broke an invariant shows.
 */
final class Expectations {
  /** A matrix answer's counts: rows that passed, failed, and have no verification. */
  record Counts(int success, int failed, int unknown) {
    int rows() {
      return success + failed + unknown;
    }

    boolean deployable() {
      return failed == 0 && unknown == 0;
    }

    Counts plus(Boolean passed) {
      return passed == null ? new Counts(success, failed, unknown + 1)
          : passed ? new Counts(success + 1, failed, unknown) : new Counts(success, failed + 1, unknown);
    }
  }

  private final History history;
  private final Organisation organisation;
  private final Contents contents;

  Expectations(History history) {
    this.history = history;
    this.organisation = history.organisation();
    this.contents = new Contents(organisation);
  }

  /** The latest result of provider version (p, d) for consumer c's content e: null when it never verified it. */
  private Boolean result(int c, int p, int e, int d) {
    return History.verifiedEpochs(d).contains(e) ? !History.breaks(contents.owner(c, p), p, e) : null;
  }

  /**
   * Can-i-deploy of version (i, n) to production, evaluated per co-resident version: as consumer,
   * against every version of each provider in production (none there: one unknown row); as
   * provider, against every version of each consumer in production (none: no row).
   */
  Counts toProduction(int i, int n) {
    Counts counts = new Counts(0, 0, 0);
    for (int p : organisation.providersOf(i)) {
      List<Integer> residents = history.residents(p, "production");
      if (residents.isEmpty()) {
        counts = counts.plus(null);
      }
      for (int d : residents) {
        counts = counts.plus(result(i, p, History.epoch(n), d));
      }
    }
    for (int c : organisation.consumersOf(i)) {
      for (int d : history.residents(c, "production")) {
        counts = counts.plus(result(c, i, History.epoch(d), n));
      }
    }
    return counts;
  }

  /** {@code q[][pacticipant]=hub&latestby=cvp&latest=true}: each consumer's newest version against the newest hub version that verified it. */
  Counts hubMatrixLatest() {
    Counts counts = new Counts(0, 0, 0);
    int hub = organisation.hub();
    int e = History.epoch(history.days());
    for (int c : organisation.consumersOf(hub)) {
      Boolean newest = null;
      for (int d = history.days(); d >= 1 && newest == null; d--) {
        newest = result(c, hub, e, d);
      }
      counts = counts.plus(newest);
    }
    return counts;
  }
}
