package dev.treaty.dsl.internal;

import dev.treaty.generate.internal.DateExpression;
import dev.treaty.generate.internal.DateExpressionException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

/**
 * The fixed examples that the DSL's generated values write into contracts (the mock answers with
 * generated values, so the example only shows the shape), and the checks of their arguments;
 * fixed, so that a contract file stays the same from run to run.
 */
public final class GeneratedExamples {
  /** The instant every date/time example shows: 2000-02-01T13:14:15Z (a Tuesday). */
  public static final ZonedDateTime INSTANT = ZonedDateTime.of(2000, 2, 1, 13, 14, 15, 0, ZoneOffset.UTC);
  /** The example of a generated UUID. */
  public static final String UUID = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

  private GeneratedExamples() {}

  /** {@link #INSTANT} in {@code format}; fails naming {@code what} for a pattern that is not valid. */
  public static String formatted(String what, String format) {
    DslChecks.notBlank(what + " format", format);
    try {
      return INSTANT.format(DateTimeFormatter.ofPattern(format));
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      throw new IllegalArgumentException(what + ": invalid format " + DslChecks.quote(format) + " ("
          + e.getMessage() + "); give a java.time.format.DateTimeFormatter pattern such as \"yyyy-MM-dd\"");
    }
  }

  /** Fails unless {@code expression} parses with {@code parser}, with the parser's position and expectation. */
  public static String expression(String what, String expression, Function<String, DateExpression> parser) {
    DslChecks.notBlank(what + " expression", expression);
    try {
      parser.apply(expression);
    } catch (DateExpressionException e) {
      throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
    }
    return expression;
  }

  /** {@code length} characters cycling through {@code alphabet}. */
  public static String cycle(String alphabet, int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(alphabet.charAt(i % alphabet.length()));
    }
    return sb.toString();
  }

  /** Fails unless {@code value} is at least {@code least}. */
  public static int atLeast(String what, int value, int least) {
    if (value < least) {
      throw new IllegalArgumentException(what + " is " + value + "; give at least " + least);
    }
    return value;
  }
}
