package dev.treaty.matching.internal;

import static dev.treaty.matching.internal.MismatchDescriptions.count;
import static dev.treaty.matching.internal.MismatchDescriptions.literal;
import static dev.treaty.matching.internal.MismatchDescriptions.quoted;
import static dev.treaty.matching.internal.MismatchDescriptions.value;
import static dev.treaty.matching.internal.MismatchDescriptions.withArticle;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.contract.MatchingRule;
import dev.treaty.matching.internal.DateTimePatterns.Kind;
import java.util.regex.Pattern;

/**
 * Applies one matcher to one value; exists so every rule family is checked and described in one
 * place. Returns null when the value passes, otherwise what was expected and what arrived.
 */
public final class ValueMatcher {
  private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+");
  private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d*\\.\\d+([eE][-+]?\\d+)?");
  private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
  private static final Pattern SEMVER =
      Pattern.compile(
          "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
              + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
              + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?");

  /** Why a value failed a matcher, for humans. */
  public record Failure(String expected, String actual) {}

  private ValueMatcher() {}

  /**
   * Checks {@code actual} against {@code rule} with {@code expected} as the example.
   *
   * @param textual whether values come from text (headers, query, path, XML), where numbers and
   *     booleans arrive as strings
   * @param exact whether the rule was written for this location (array limits apply only there)
   */
  public static Failure check(
      MatchingRule rule, JsonNode expected, JsonNode actual, boolean textual, boolean exact) {
    if (rule instanceof MatchingRule.Equality r) {
      return JsonValues.equal(expected, actual)
          ? null : new Failure(value(expected), value(actual));
    } else if (rule instanceof MatchingRule.Type r) {
      return type(r, expected, actual, textual, exact);
    } else if (rule instanceof MatchingRule.Values r) {
      return type(MatchingRule.Type.any(), expected, actual, textual, false);
    } else if (rule instanceof MatchingRule.NotEmpty r) {
      return notEmpty(expected, actual);
    } else if (rule instanceof MatchingRule.Regex r) {
      return regex(r, expected, actual);
    } else if (rule instanceof MatchingRule.IntegerType r) {
      return test(isInteger(actual, textual), "an integer", r, expected, actual);
    } else if (rule instanceof MatchingRule.DecimalType r) {
      return test(isDecimal(actual, textual), "a decimal number", r, expected, actual);
    } else if (rule instanceof MatchingRule.NumberType r) {
      return test(isNumber(actual, textual), "a number", r, expected, actual);
    } else if (rule instanceof MatchingRule.BooleanType r) {
      return test(isBoolean(actual), "a boolean", r, expected, actual);
    } else if (rule instanceof MatchingRule.NullValue r) {
      return actual.isNull() ? null : new Failure("null (null)", value(actual));
    } else if (rule instanceof MatchingRule.Include r) {
      return test(
          text(actual) != null && text(actual).contains(r.value()),
          "a string including " + quoted(r.value()), r, expected, actual);
    } else if (rule instanceof MatchingRule.Date r) {
      return dateTime(Kind.DATE, "a date", r.format(), r, expected, actual);
    } else if (rule instanceof MatchingRule.Time r) {
      return dateTime(Kind.TIME, "a time", r.format(), r, expected, actual);
    } else if (rule instanceof MatchingRule.Timestamp r) {
      return dateTime(Kind.DATETIME, "a date-time", r.format(), r, expected, actual);
    } else if (rule instanceof MatchingRule.Semver r) {
      return test(
          text(actual) != null && SEMVER.matcher(text(actual)).matches(),
          "a semantic version", r, expected, actual);
    } else if (rule instanceof MatchingRule.StatusCode r) {
      return test(
          actual.canConvertToInt() && StatusCodes.matches(r, actual.asInt()),
          StatusCodes.describe(r), r, expected, actual);
    } else if (rule instanceof MatchingRule.ContentType r) {
      return test(
          text(actual) != null && ContentTypeDetector.matches(r.value(), ContentTypeDetector.detect(
              text(actual).getBytes(java.nio.charset.StandardCharsets.UTF_8))),
          "content of type " + r.value(), r, expected, actual);
    } else if (rule instanceof MatchingRule.EachKey r) {
      return test(actual.isObject(), "an object", r, expected, actual);
    } else if (rule instanceof MatchingRule.EachValue r) {
      return test(actual.isContainerNode(), "an object or array", r, expected, actual);
    } else if (rule instanceof MatchingRule.ArrayContains r) {
      return test(actual.isArray(), "an array", r, expected, actual);
    } else if (rule instanceof MatchingRule.Unknown r) {
      return new Failure(
          "a value accepted by the matcher \"" + r.name() + "\", which Treaty does not know", value(actual));
    }
    return null;
  }

  private static Failure test(
      boolean ok, String what, MatchingRule rule, JsonNode expected, JsonNode actual) {
    if (ok) {
      return null;
    }
    return new Failure(what + " (" + rule.name() + ")" + example(expected), value(actual));
  }

  private static String example(JsonNode expected) {
    return expected == null || expected.isMissingNode() ? "" : ", example " + literal(expected);
  }

  private static Failure type(
      MatchingRule.Type rule, JsonNode expected, JsonNode actual, boolean textual, boolean exact) {
    if (!sameType(expected, actual, textual)) {
      String what = expected.isNull() ? "null (type match)" : withArticle(expected) + " (type match)";
      return new Failure(what + example(expected.isNull() ? null : expected), value(actual));
    }
    if (exact && actual.isArray()) {
      int size = actual.size();
      if (rule.min() != null && size < rule.min()) {
        return new Failure(
            "an array with at least " + count(rule.min(), "element") + " (type match)" + example(expected),
            value(actual));
      }
      if (rule.max() != null && size > rule.max()) {
        return new Failure(
            "an array with at most " + count(rule.max(), "element") + " (type match)" + example(expected),
            value(actual));
      }
    }
    return null;
  }

  private static boolean sameType(JsonNode expected, JsonNode actual, boolean textual) {
    if (textual && expected.isValueNode() && actual.isValueNode()) {
      return true;
    }
    return expected.getNodeType() == actual.getNodeType();
  }

  private static Failure notEmpty(JsonNode expected, JsonNode actual) {
    boolean empty =
        actual.isNull()
            || actual.isMissingNode()
            || (actual.isTextual() && actual.textValue().isEmpty())
            || (actual.isContainerNode() && actual.isEmpty());
    boolean typeOk = expected == null || expected.isNull() || expected.getNodeType() == actual.getNodeType();
    if (!empty && typeOk) {
      return null;
    }
    String what = expected == null || expected.isNull() ? "a value" : withArticle(expected);
    return new Failure("a non-empty " + what.replaceFirst("^an? ", "") + " (notEmpty)" + example(expected),
        value(actual));
  }

  private static Failure regex(MatchingRule.Regex rule, JsonNode expected, JsonNode actual) {
    String text = text(actual);
    if (text != null && Patterns.compile(rule.regex()).matcher(text).matches()) {
      return null;
    }
    String what = Patterns.isValid(rule.regex())
        ? "a string matching /" + rule.regex() + "/ (regex)"
        : "a string matching /" + rule.regex() + "/, which is not a valid regular expression (regex)";
    return new Failure(what + example(expected), value(actual));
  }

  private static Failure dateTime(
      Kind kind, String what, String format, MatchingRule rule, JsonNode expected, JsonNode actual) {
    String text = actual.isTextual() ? actual.textValue() : null;
    String described = what + " in format " + (format == null || format.isBlank() ? "ISO 8601" : format);
    if (format != null && !format.isBlank() && !DateTimePatterns.isValid(format)) {
      described += ", which is not a valid date/time pattern";
    }
    return test(text != null && DateTimePatterns.matches(kind, format, text), described, rule, expected, actual);
  }

  /** The value as text for text-based matchers; null for objects, arrays and null. */
  static String text(JsonNode node) {
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isNumber() || node.isBoolean()) {
      return node.asText();
    }
    return null;
  }

  private static boolean isInteger(JsonNode n, boolean textual) {
    if (n.isNumber()) {
      return n.isIntegralNumber();
    }
    return textual && n.isTextual() && INTEGER.matcher(n.textValue()).matches();
  }

  private static boolean isDecimal(JsonNode n, boolean textual) {
    if (n.isNumber()) {
      return n.isFloatingPointNumber();
    }
    return textual && n.isTextual() && DECIMAL.matcher(n.textValue()).matches();
  }

  private static boolean isNumber(JsonNode n, boolean textual) {
    if (n.isNumber()) {
      return true;
    }
    return textual && n.isTextual() && NUMBER.matcher(n.textValue()).matches();
  }

  private static boolean isBoolean(JsonNode n) {
    return n.isBoolean() || (n.isTextual() && (n.textValue().equals("true") || n.textValue().equals("false")));
  }
}
