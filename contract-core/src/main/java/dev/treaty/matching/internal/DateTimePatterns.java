package dev.treaty.matching.internal;

import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Java {@code DateTimeFormatter} patterns of date, time and timestamp rules, compiled once; exists
 * so that values are checked without exceptions in the common case.
 */
public final class DateTimePatterns {
  /** Which kind of rule a pattern belongs to; picks the default format. */
  public enum Kind {
    DATE(DateTimeFormatter.ISO_DATE),
    TIME(DateTimeFormatter.ISO_TIME),
    DATETIME(DateTimeFormatter.ISO_DATE_TIME);

    private final DateTimeFormatter defaultFormat;

    Kind(DateTimeFormatter defaultFormat) {
      this.defaultFormat = defaultFormat;
    }
  }

  private static final int LIMIT = 256;
  private static final Map<String, DateTimeFormatter> CACHE = new ConcurrentHashMap<>();
  private static final DateTimeFormatter INVALID = DateTimeFormatter.ofPattern("'\u0000invalid'");

  private DateTimePatterns() {}

  /** Whether {@code value} is a valid date/time in {@code format} (the ISO form when null). */
  public static boolean matches(Kind kind, String format, String value) {
    DateTimeFormatter formatter = formatter(kind, format);
    if (formatter == INVALID) {
      return false;
    }
    ParsePosition position = new ParsePosition(0);
    TemporalAccessor unresolved = formatter.parseUnresolved(value, position);
    if (unresolved == null || position.getErrorIndex() >= 0 || position.getIndex() != value.length()) {
      return false;
    }
    try {
      formatter.parse(value);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  /** Whether {@code format} is a valid pattern. */
  public static boolean isValid(String format) {
    return format == null || formatter(Kind.DATE, format) != INVALID;
  }

  private static DateTimeFormatter formatter(Kind kind, String format) {
    if (format == null || format.isBlank()) {
      return kind.defaultFormat;
    }
    DateTimeFormatter f = CACHE.get(format);
    if (f == null) {
      if (CACHE.size() >= LIMIT) {
        CACHE.clear();
      }
      f = CACHE.computeIfAbsent(format, DateTimePatterns::compile);
    }
    return f;
  }

  private static DateTimeFormatter compile(String format) {
    try {
      return DateTimeFormatter.ofPattern(strictYears(format)).withResolverStyle(ResolverStyle.STRICT);
    } catch (IllegalArgumentException e) {
      return INVALID;
    }
  }

  /**
   * Pact patterns write years as {@code yyyy} (year of era); strict resolving, which rejects dates
   * such as February 30, needs {@code uuuu} (proleptic year). Quoted literals are left alone.
   */
  private static String strictYears(String format) {
    StringBuilder sb = new StringBuilder(format.length());
    boolean quoted = false;
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      }
      sb.append(!quoted && c == 'y' ? 'u' : c);
    }
    return sb.toString();
  }
}
