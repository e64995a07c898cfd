package dev.treaty.dsl.internal;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Usage checks shared by the DSL builders, so that every bad argument fails the same clear way. */
public final class DslChecks {
  private DslChecks() {}

  /** Fails unless {@code example} matches {@code regex} completely. */
  public static void regexMatches(String what, String regex, String example) {
    Pattern pattern;
    try {
      pattern = Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          what + ": invalid regular expression " + quote(regex) + " (" + e.getDescription()
              + "); give a valid Java regular expression");
    }
    if (example == null || !pattern.matcher(example).matches()) {
      throw new IllegalArgumentException(
          what + ": example " + quote(example) + " does not match regular expression "
              + quote(regex) + "; give an example that the expression matches");
    }
  }

  /** Fails unless {@code example} is formatted as the {@code DateTimeFormatter} pattern says. */
  public static void formatMatches(String what, String format, String example) {
    DateTimeFormatter formatter;
    try {
      formatter = DateTimeFormatter.ofPattern(format);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          what + ": invalid format " + quote(format) + " (" + e.getMessage()
              + "); give a java.time.format.DateTimeFormatter pattern such as \"yyyy-MM-dd\"");
    }
    try {
      formatter.parse(example);
    } catch (DateTimeParseException | NullPointerException e) {
      throw new IllegalArgumentException(
          what + ": example " + quote(example) + " does not have the format " + quote(format)
              + "; give an example in that format");
    }
  }

  /** Fails when {@code value} is null or blank. */
  public static String notBlank(String what, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " is " + quote(value) + "; give a non-blank value");
    }
    return value;
  }

  /** Fails unless {@code min <= max} and {@code min >= 0}. */
  public static void bounds(String what, Integer min, Integer max) {
    if ((min != null && min < 0) || (max != null && max < 1)
        || (min != null && max != null && min > max)) {
      throw new IllegalArgumentException(
          what + ": bounds min " + min + ", max " + max + " are impossible; use 0 <= min <= max, max >= 1");
    }
  }

  /** The value in double quotes, or {@code null}. */
  public static String quote(String value) {
    return value == null ? "null" : "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
