package dev.treaty.benchmarks.broker;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * What the seeded organisation did, day by day, as pure functions of (pacticipant i, day n): every
 * pacticipant builds one version a day for {@code days} days, the newest yesterday. The seeder writes
 * it and the drivers and checks read it back, so both sides agree without asking the database.
 *
 * <ul>
 *   <li>Version n of pacticipant i is created at {@link #versionAt}; 70% are on {@code main}, the
 *       rest on ten feature branches ({@link #branch}); every 5th main version is tagged {@code test},
 *       every 10th {@code prod}.</li>
 *   <li>A consumer's pact content changes every 5 versions ({@link #epoch}); each version publishes
 *       its epoch's content to every provider, so one content row serves many versions.</li>
 *   <li>Deployments: every 5th main version to {@code test}, every 10th to {@code staging} and
 *       {@code production}; every 20th pacticipant releases to production instead (the last three
 *       releases supported), every 25th runs two production instances (blue, green).</li>
 *   <li>Verifications: each provider version verifies, for each consumer, the three newest contents
 *       published before its day ({@link #verifiedEpochs}); one content in 25 never passes with a
 *       provider (a breaking expectation), one verification in 10 failed first and passed when re-run.</li>
 * </ul>
 */
record History(Organisation organisation, int days, Instant start) {
  static final String MAIN = "main";
  /** The environments deployments go to, in the order they are written. */
  static final List<String> ENVIRONMENTS = List.of("test", "staging", "production");
  /** How many releases stay supported. */
  static final int SUPPORTED_RELEASES = 3;
  /** How many of the newest contents each provider version verifies. */
  static final int VERIFIED_EPOCHS = 3;
  /** A content changes every this many consumer versions. */
  static final int EPOCH_LENGTH = 5;

  History {
    if (days < 2) {
      throw new IllegalArgumentException("days (versions per pacticipant) must be at least 2: " + days);
    }
  }

  /** The history of {@code days} days ending yesterday (UTC midnight). */
  static History endingYesterday(Organisation organisation, int days) {
    return new History(organisation, days, Instant.now().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(days + 1L)));
  }

  int pacticipants() {
    return organisation.pacticipants();
  }

  /** Versions are numbered 1.. in creation order across the organisation: day by day, pacticipant by pacticipant. */
  long versionId(int i, int n) {
    return (long) (n - 1) * pacticipants() + i;
  }

  /** The version number as a build would write it: a release number and the commit. */
  static String versionNumber(int i, int n) {
    return "1." + n + ".0+" + String.format("%07x", mix(i, n, 0) & 0xfffffff);
  }

  /** The time between two pacticipants' builds of one day: the day's first 12 hours, spread evenly. */
  Duration step() {
    return Duration.ofHours(12).dividedBy(pacticipants() + 1L);
  }

  Instant versionAt(int i, int n) {
    return start.plus(Duration.ofDays(n - 1L)).plus(step().multipliedBy(i));
  }

  /** A moment {@code fraction} (0 to 1) of a step after version (i, n): events of one build stay in order. */
  Instant after(int i, int n, double fraction) {
    return versionAt(i, n).plusNanos((long) (step().toNanos() * fraction) / 1000 * 1000);
  }

  static boolean onMain(int n) {
    int d = n % 10;
    return d != 3 && d != 7 && d != 9;
  }

  static String branch(int n) {
    return onMain(n) ? MAIN : "feature/f-" + ((n / 10) % 10 + 1);
  }

  /** The branch names in the order they first appear (the same for every pacticipant). */
  List<String> branches() {
    List<String> names = new ArrayList<>();
    for (int n = 1; n <= days; n++) {
      if (!names.contains(branch(n))) {
        names.add(branch(n));
      }
    }
    return names;
  }

  /** Whether day n is the first on its branch (the branch is created with that version). */
  static boolean opensBranch(int n) {
    for (int d = 1; d < n; d++) {
      if (branch(d).equals(branch(n))) {
        return false;
      }
    }
    return true;
  }

  static List<String> tags(int n) {
    if (!onMain(n) || n % 5 != 0) {
      return List.of();
    }
    return n % 10 == 0 ? List.of("test", "prod") : List.of("test");
  }

  /** The content epoch of a consumer's version n (0-based). */
  static int epoch(int n) {
    return (n - 1) / EPOCH_LENGTH;
  }

  /** Whether version n publishes a content not seen before. */
  static boolean opensEpoch(int n) {
    return (n - 1) % EPOCH_LENGTH == 0;
  }

  int epochs() {
    return epoch(days) + 1;
  }

  /** The epochs a provider's version n verifies for each consumer: the newest ones published before day n. */
  static List<Integer> verifiedEpochs(int n) {
    if (n < 2) {
      return List.of();
    }
    int newest = epoch(n - 1);
    List<Integer> epochs = new ArrayList<>();
    for (int e = Math.max(0, newest - VERIFIED_EPOCHS + 1); e <= newest; e++) {
      epochs.add(e);
    }
    return epochs;
  }

  /** Whether consumer c's content of epoch e expects something provider p never gives (every verification fails). */
  static boolean breaks(int c, int p, int e) {
    return mix(c, p, e) % 25 == 0;
  }

  /** Whether provider version (p, n) failed consumer c's content e first and passed it when re-run. */
  static boolean flaky(int c, int p, int e, int n) {
    return !breaks(c, p, e) && mix(c * 31 + p, e, n) % 10 == 3;
  }

  /** Pacticipant i releases to production (supported versions) instead of deploying. */
  boolean releases(int i) {
    return i % 20 == 0 && i != organisation.hub();
  }

  /** Pacticipant i runs two production instances. */
  boolean twoInstances(int i) {
    return i % 25 == 0 && !releases(i);
  }

  /** Whether version (i, n) is deployed to {@code environment} (releases are {@link #released}). */
  boolean deployed(int i, int n, String environment) {
    if (!onMain(n)) {
      return false;
    }
    return switch (environment) {
      case "test" -> n % 5 == 0;
      case "staging" -> n % 10 == 0;
      case "production" -> n % 10 == 0 && !releases(i);
      default -> throw new IllegalArgumentException("no such environment: " + environment);
    };
  }

  /** The application instance of a deployment (null: the only one). */
  String instance(int i, int n, String environment) {
    return environment.equals("production") && twoInstances(i) ? (n / 10 % 2 == 0 ? "blue" : "green") : null;
  }

  /** The next day after n that deploys pacticipant i to the same environment and instance, or 0. */
  int nextDeployment(int i, int n, String environment) {
    String instance = instance(i, n, environment);
    for (int d = n + 1; d <= days; d++) {
      if (deployed(i, d, environment) && java.util.Objects.equals(instance(i, d, environment), instance)) {
        return d;
      }
    }
    return 0;
  }

  boolean released(int i, int n) {
    return releases(i) && onMain(n) && n % 10 == 0;
  }

  /** Whether release (i, n) is among the newest {@link #SUPPORTED_RELEASES}. */
  boolean supported(int i, int n) {
    int newer = 0;
    for (int d = n + 1; d <= days; d++) {
      if (released(i, d)) {
        newer++;
      }
    }
    return newer < SUPPORTED_RELEASES;
  }

  /** The versions (days) of pacticipant i running in {@code environment} now, newest first. */
  List<Integer> residents(int i, String environment) {
    List<Integer> running = new ArrayList<>();
    for (int n = days; n >= 1; n--) {
      boolean current = deployed(i, n, environment) && nextDeployment(i, n, environment) == 0
          || environment.equals("production") && released(i, n) && supported(i, n);
      if (current) {
        running.add(n);
      }
    }
    return running;
  }

  /** Whether provider version (p, n) has a passing result for consumer c's content e (its latest result counts). */
  static boolean passes(int c, int p, int e, int n) {
    return verifiedEpochs(n).contains(e) && !breaks(c, p, e);
  }

  /** A well-mixed non-negative number from three small ones (deterministic). */
  static long mix(long a, long b, long c) {
    long h = a * 0x9E3779B97F4A7C15L + b * 0xC2B2AE3D27D4EB4FL + c * 0x165667B19E3779F9L;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h & Long.MAX_VALUE;
  }
}
