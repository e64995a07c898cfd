package dev.treaty.broker.internal.api;

import java.time.Instant;

/**
 * The times a request may ask about: those both databases can hold. PostgreSQL's
 * {@code timestamptz} ends in the year 294276 and H2's goes further, while {@code java.time}
 * parses years up to 999,999,999; a time past the database's range reached SQL and was a 500.
 */
public final class StoredTimes {
  public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
  public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");
  /** For messages: {@code between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z}. */
  public static final String RANGE = "between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z";

  private StoredTimes() {}

  public static boolean storable(Instant time) {
    return !time.isBefore(EARLIEST) && !time.isAfter(LATEST);
  }
}
