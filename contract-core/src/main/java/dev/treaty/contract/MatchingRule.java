package dev.treaty.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;

/**
 * One matcher from a contract's {@code matchingRules}: how an actual value is compared with the
 * contract's example. Each Pact matcher is a record of this sealed interface.
 */
public sealed interface MatchingRule {

  /** The matcher's name as written in pact files ({@code "match": "type"}). */
  String name();

  /** The value must equal the example. */
  record Equality() implements MatchingRule {
    @Override
    public String name() {
      return "equality";
    }
  }

  /**
   * The value must have the example's JSON type; for arrays, optionally at least {@code min} and at
   * most {@code max} elements, each matching the first example element.
   */
  record Type(Integer min, Integer max) implements MatchingRule {
    public static Type any() {
      return new Type(null, null);
    }

    @Override
    public String name() {
      return "type";
    }
  }

  /** The value, as a string, must match the regular expression completely. */
  record Regex(String regex) implements MatchingRule {
    public Regex {
      Objects.requireNonNull(regex, "regex");
    }

    @Override
    public String name() {
      return "regex";
    }
  }

  /** The value must be an integer (JSON number without fraction, or such a string in headers/query). */
  record IntegerType() implements MatchingRule {
    @Override
    public String name() {
      return "integer";
    }
  }

  /** The value must be a number with a fractional part. */
  record DecimalType() implements MatchingRule {
    @Override
    public String name() {
      return "decimal";
    }
  }

  /** The value must be a number. */
  record NumberType() implements MatchingRule {
    @Override
    public String name() {
      return "number";
    }
  }

  /** The value must be a boolean ({@code true}/{@code false}, also as a string). */
  record BooleanType() implements MatchingRule {
    @Override
    public String name() {
      return "boolean";
    }
  }

  /** The value must be null. */
  record NullValue() implements MatchingRule {
    @Override
    public String name() {
      return "null";
    }
  }

  /** The value, as a string, must contain {@code value}. */
  record Include(String value) implements MatchingRule {
    public Include {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String name() {
      return "include";
    }
  }

  /** The value must be a date in the Java {@code DateTimeFormatter} pattern {@code format}. */
  record Date(String format) implements MatchingRule {
    @Override
    public String name() {
      return "date";
    }
  }

  /** The value must be a time in the Java {@code DateTimeFormatter} pattern {@code format}. */
  record Time(String format) implements MatchingRule {
    @Override
    public String name() {
      return "time";
    }
  }

  /**
   * The value must be a date and time in the Java {@code DateTimeFormatter} pattern {@code format}
   * (pact files call it {@code timestamp} or {@code datetime}).
   */
  record Timestamp(String format) implements MatchingRule {
    @Override
    public String name() {
      return "datetime";
    }
  }

  /** The values of a map are matched by type and its keys are ignored. */
  record Values() implements MatchingRule {
    @Override
    public String name() {
      return "values";
    }
  }

  /**
   * Every key of a map must satisfy {@code rules}. {@code example} is the example value that some writers (pact-rust) record beside the
   * rules, kept for round trips; null when absent.
   */
  record EachKey(List<MatchingRule> rules, JsonNode example) implements MatchingRule {
    public EachKey {
      rules = List.copyOf(rules);
    }

    /** The rule without an example value. */
    public EachKey(List<MatchingRule> rules) {
      this(rules, null);
    }

    @Override
    public String name() {
      return "eachKey";
    }
  }

  /**
   * Every value of a map or array must satisfy {@code rules}. {@code example} is the example value that some writers (pact-rust) record beside the
   * rules, kept for round trips; null when absent.
   */
  record EachValue(List<MatchingRule> rules, JsonNode example) implements MatchingRule {
    public EachValue {
      rules = List.copyOf(rules);
    }

    /** The rule without an example value. */
    public EachValue(List<MatchingRule> rules) {
      this(rules, null);
    }

    @Override
    public String name() {
      return "eachValue";
    }
  }

  /** The array must contain, in any order, an element matching each variant. */
  record ArrayContains(List<Variant> variants) implements MatchingRule {
    public ArrayContains {
      variants = List.copyOf(variants);
    }

    @Override
    public String name() {
      return "arrayContains";
    }

    /** One variant: the example element at {@code index} and the rules that apply inside it. */
    public record Variant(int index, MatchingRules rules, Generators generators) {
      public Variant {
        rules = rules == null ? MatchingRules.EMPTY : rules;
        generators = generators == null ? Generators.EMPTY : generators;
      }
    }
  }

  /** The value must be present and not empty (no empty string, array or object). */
  record NotEmpty() implements MatchingRule {
    @Override
    public String name() {
      return "notEmpty";
    }
  }

  /** The value must be a semantic version ({@code 1.2.3}). */
  record Semver() implements MatchingRule {
    @Override
    public String name() {
      return "semver";
    }
  }

  /** The body's content, detected from its bytes, must have the content type {@code value}. */
  record ContentType(String value) implements MatchingRule {
    public ContentType {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String name() {
      return "contentType";
    }
  }

  /**
   * The status must be in a class ({@code information}, {@code success}, {@code redirect}, {@code
   * clientError}, {@code serverError}, {@code nonError}, {@code error}) or one of explicit codes.
   */
  record StatusCode(String statusClass, List<Integer> codes) implements MatchingRule {
    public StatusCode {
      codes = codes == null ? List.of() : List.copyOf(codes);
    }

    @Override
    public String name() {
      return "statusCode";
    }
  }

  /**
   * A matcher Treaty does not know (for example one defined by a plugin), kept as read so that
   * writing the contract back loses nothing. Matching against it always reports a mismatch.
   */
  record Unknown(String name, ObjectNode definition) implements MatchingRule {
    public Unknown {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(definition, "definition");
    }
  }
}
