package dev.treaty.broker.fuzz;

import java.security.SecureRandom;

/**
 * The campaign's size and seed from system properties, so one test is both the CI profile and the
 * long one: {@code -Dtreaty.fuzz.requests=1000000} (default {@value #DEFAULT_REQUESTS} per
 * database), {@code -Dtreaty.fuzz.seed=…} (default {@value #DEFAULT_SEED}, fixed so that CI is
 * repeatable; {@code random} for a new one each run, printed before it starts), and
 * {@code -Dtreaty.fuzz.explore=true} to collect every finding instead of stopping and shrinking at
 * the first.
 */
final class FuzzSettings {
  static final int DEFAULT_REQUESTS = 10_000;
  static final long DEFAULT_SEED = 20261204L;
  /** How many smaller variants of a failing case are tried (each one request) before it is reported. */
  static final int SHRINK_CYCLES = 300;

  private FuzzSettings() {}

  static int requests() {
    return Integer.getInteger("treaty.fuzz.requests", DEFAULT_REQUESTS);
  }

  static long seed() {
    String seed = System.getProperty("treaty.fuzz.seed", String.valueOf(DEFAULT_SEED));
    return seed.equals("random") ? new SecureRandom().nextLong() : Long.parseLong(seed);
  }

  static boolean explore() {
    return Boolean.getBoolean("treaty.fuzz.explore");
  }
}
