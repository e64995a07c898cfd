package dev.treaty.broker.fuzz;

import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The strings hostile input is made of, for every part of a request: empty and blank, NUL and
 * other control characters, unicode that trips up encoders (surrogates, BOM, right-to-left
 * override, noncharacters), very long runs, numbers and dates past their range, and text that
 * means something to SQL, HTTP or a shell. {@link #encoded()} adds what only a URL can carry: bad
 * percent-encoding, dot segments and raw bytes that should have been encoded.
 */
final class HostileStrings {
  private static final List<String> FIXED = List.of(
      "", " ", "\t", "a b", "\u0000", "a\u0000b", "\u0001", "\u001f", "\u007f", "\u0085", "\u2028", "a\nb",
      "a\r\nX-Injected: yes", "é", "日本語", "😀", "\u202Eevil", "\uFEFF", "\uFFFF", "\uFFFE", "e\u0301", "\uD800", "\uDC00x",
      "-1", "0", "-0", "99999999999999999999", "9223372036854775808", "1e309", "NaN", "Infinity", "0x1F", "01", "1.0.0",
      "' OR '1'='1", "'; DROP TABLE versions; --", "%s%n", "${jndi:ldap://127.0.0.1/x}", "<script>alert(1)</script>",
      "../../etc/passwd", "\\", "\"", "{}", "[]", "null", "true",
      "2026-13-45T99:99:99Z", "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "2026-12-01", "now",
      "2026-12-01T10:00:00", "2026-12-01T10:00:00+25:00", "2026-02-30T00:00:00Z", "1970-01-01T00:00:00Z",
      "00000000-0000-0000-0000-000000000000", "main", "prod", "test", "production");

  private static final List<String> BAD_ENCODINGS = List.of(
      "%", "%2", "%zz", "%G0", "%e2%82", "%c0%af", "%ed%a0%80", "%ff%fe", "%00", "a%00b", "%0a", "%0d%0a", "%01", "%7f",
      "%2e%2e", "%2e", "..", ".", "%2F", "a%2Fb", "%252F", "%u0041", ";", ";x=y", "\\", "+", "~", "*", "%20", "a b", "%5B%5D",
      "%F0%9F%98%80", "%EF%BB%BF", "%C3%A9");

  private HostileStrings() {}

  /** Decoded strings: what a JSON string, a header value or a decoded parameter may hold. */
  static Gen<String> any() {
    return any(300_000);
  }

  /** As {@link #any()}, with long runs at most {@code max} characters long. */
  static Gen<String> any(int max) {
    return Fuzz.frequency(
        Pair.of(6, Fuzz.pick(FIXED)),
        Pair.of(2, huge(max)),
        Pair.of(2, org.quicktheories.generators.SourceDSL.strings().allPossible().ofLengthBetween(1, 40)));
  }

  /** Long runs of one character (ASCII, two-byte, four-byte), around the lengths columns and buffers have. */
  static Gen<String> huge(int max) {
    List<Integer> lengths = java.util.stream.Stream.of(201, 256, 257, 1_000, 4_096, 8_193, 65_536, 300_000)
        .filter(n -> n <= Math.max(max, 201)).toList();
    Gen<Integer> length = Fuzz.pick(lengths);
    Gen<String> unit = Fuzz.pick("a", "é", "😀", "\u0000");
    return Fuzz.combine(unit, length, String::repeat);
  }

  /**
   * Text for a URL's path segment or query value as sent: a hostile string percent-encoded, the same
   * string raw (bytes a client should have encoded), or a bad encoding.
   */
  static Gen<String> encoded() {
    return Fuzz.frequency(
        Pair.of(4, any(10_000).map(RequestTemplates::encode)),
        Pair.of(2, any(10_000)),
        Pair.of(4, Fuzz.pick(BAD_ENCODINGS)));
  }
}
