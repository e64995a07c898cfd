package dev.treaty.broker.fuzz;

import java.util.List;

/** Times that are not times, or are at the edge of what {@code java.time} and the databases hold. */
final class HostileTimes {
  static final List<String> VALUES = List.of("", "now", "yesterday", "2026-13-45T99:99:99Z", "2026-02-30T00:00:00Z",
      "2026-12-01", "2026-12-01T10:00:00", "2026-12-01T10:00:00+25:00", "+999999999-12-31T23:59:59Z",
      "-999999999-01-01T00:00:00Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "10000-01-01T00:00:00Z",
      "1970-01-01T00:00:00Z", "1969-12-31T23:59:59Z", "0001-01-01T00:00:00Z", "-0001-01-01T00:00:00Z",
      "2026-12-01T10:00:00.123456789123Z", "2026-12-01T10:00:00Z[Europe/Paris]", "2026-12-01T10:00:00+14:00",
      "2026-12-01T10:00:00-18:00", "1e9", "-1", "9223372036854775807", "P1D", "2026-W48-1");

  private HostileTimes() {}
}
