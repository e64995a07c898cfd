package dev.treaty.broker.internal.http;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Timestamps the way Pact clients show them: ISO-8601 with an explicit offset ({@code 2024-05-01T10:00:00+00:00}). */
final class IsoTime {
  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

  private IsoTime() {}

  static String format(Instant instant) {
    return instant == null ? null : FORMAT.format(instant.atOffset(ZoneOffset.UTC));
  }
}
