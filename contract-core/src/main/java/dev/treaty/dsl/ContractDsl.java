package dev.treaty.dsl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.contract.internal.JsonMappers;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.treaty.contract.Generator;
import dev.treaty.contract.MatchingRule;
import dev.treaty.contract.RuleGroup;
import dev.treaty.dsl.internal.DslChecks;
import dev.treaty.dsl.internal.ExampleTypes;
import dev.treaty.dsl.internal.GeneratedExamples;
import dev.treaty.generate.internal.DateExpression;
import dev.treaty.generate.internal.RegexStrings;
import dev.treaty.dsl.internal.JsonRules;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The entry point of Treaty's contract DSL: interactions, JSON bodies and matched values.
 *
 * <p>Import its methods statically:
 *
 * <pre>{@code
 * HttpInteraction getOrder = http("get order 42")
 *     .given("order 42 exists", Map.of("id", 42))
 *     .request(r -> r.get("/orders/42").header("Accept", "application/json"))
 *     .response(r -> r.status(200).body(json(o -> o
 *         .integerType("id", 42)
 *         .stringType("customer", "Mary")
 *         .eachLike("items", 1, item -> item.stringType("sku", "A-1").decimalType("price", 12.5)))))
 *     .build();
 * }</pre>
 */
public final class ContractDsl {

  static final ObjectMapper MAPPER = JsonMappers.JAVA_VALUES;
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String UUID =
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
  private static final String SEMVER = "\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?";

  private ContractDsl() {}

  /** Starts an HTTP interaction (a request and the response the consumer expects). */
  public static HttpInteractionBuilder http(String description) {
    return new HttpInteractionBuilder(description);
  }

  /** Starts an asynchronous message interaction (a message the consumer expects to handle). */
  public static MessageInteractionBuilder message(String description) {
    return new MessageInteractionBuilder(description);
  }

  /** A JSON object body built by {@code spec}. */
  public static JsonBody json(Consumer<JsonObjectBuilder> spec) {
    JsonRules rules = new JsonRules();
    ObjectNode root = NODES.objectNode();
    spec.accept(new JsonObjectBuilder(root, "$", rules));
    return new JsonBody(root, rules.rules(), rules.generators());
  }

  /** A JSON array body built by {@code spec}, element by element. */
  public static JsonBody jsonArray(Consumer<JsonArrayBuilder> spec) {
    JsonRules rules = new JsonRules();
    JsonArrayBuilder array = JsonArrayBuilder.elements(NODES.arrayNode(), "$", rules);
    spec.accept(array);
    return new JsonBody(array.node(), rules.rules(), rules.generators());
  }

  /** A JSON array body of at least {@code min} objects, each like the one {@code element} builds. */
  public static JsonBody jsonEachLike(int min, Consumer<JsonObjectBuilder> element) {
    JsonRules rules = new JsonRules();
    JsonNode array = JsonArrayBuilder.eachLike("$", min, null, element, rules);
    return new JsonBody(array, rules.rules(), rules.generators());
  }

  /**
   * A JSON body from an example object (a record, POJO, map or list) converted by Jackson, with
   * every leaf matched by type and every non-empty array as "each like its first element, at
   * least one". Empty arrays match any array; null fields must stay null.
   */
  public static JsonBody like(Object example) {
    JsonNode tree = toJson(example);
    JsonRules rules = new JsonRules();
    ExampleTypes.addTypeRules(tree, "$", rules);
    return new JsonBody(tree, rules.rules(), rules.generators());
  }

  /** A value that must equal {@code example} exactly, even where a parent rule matches by type. */
  public static MatchedValue equalTo(Object example) {
    return new MatchedValue(toJson(example), RuleGroup.of(new MatchingRule.Equality()), null);
  }

  /** A value of the same JSON type as {@code example} (any string for a string, and so on). */
  public static MatchedValue typeOf(Object example) {
    return new MatchedValue(toJson(example), RuleGroup.of(MatchingRule.Type.any()), null);
  }

  /** Any string. */
  public static MatchedValue stringType(String example) {
    return typeOf(Objects.requireNonNull(example, "example"));
  }

  /** Any integer. */
  public static MatchedValue integerType(long example) {
    return new MatchedValue(NODES.numberNode(example), RuleGroup.of(new MatchingRule.IntegerType()), null);
  }

  /** Any number with a fractional part. */
  public static MatchedValue decimalType(double example) {
    return new MatchedValue(
        NODES.numberNode(BigDecimal.valueOf(example)), RuleGroup.of(new MatchingRule.DecimalType()), null);
  }

  /** Any number. */
  public static MatchedValue numberType(Number example) {
    return new MatchedValue(toJson(example), RuleGroup.of(new MatchingRule.NumberType()), null);
  }

  /** Any boolean. */
  public static MatchedValue booleanType(boolean example) {
    return new MatchedValue(NODES.booleanNode(example), RuleGroup.of(new MatchingRule.BooleanType()), null);
  }

  /** A string that matches {@code regex} completely; the example must match it too. */
  public static MatchedValue regex(String regex, String example) {
    DslChecks.regexMatches("regex", regex, example);
    return new MatchedValue(TextNode.valueOf(example), RuleGroup.of(new MatchingRule.Regex(regex)), null);
  }

  /**
   * A string that matches {@code regex} completely, generated from it when the value is replayed
   * (like pact-jvm's {@code stringMatcher(name, regex)}); the contract shows a fixed example made
   * from the regex. Fails for a regex Treaty cannot generate from (negated classes, look-arounds,
   * back references): give an example with {@link #regex(String, String)} then.
   */
  public static MatchedValue regex(String regex) {
    DslChecks.notBlank("regex", regex);
    String example = RegexStrings.generate(regex, new Random(0)).orElseThrow(() -> new IllegalArgumentException(
        "regex: cannot generate a value for " + DslChecks.quote(regex) + " (negated classes, look-arounds and"
            + " back references are not generated); give an example with regex(regex, example)"));
    return generated(TextNode.valueOf(example), new MatchingRule.Regex(regex), new Generator.Regex(regex));
  }

  /** A date in the {@code DateTimeFormatter} pattern {@code format}, such as {@code yyyy-MM-dd}. */
  public static MatchedValue date(String format, String example) {
    DslChecks.formatMatches("date", format, example);
    return new MatchedValue(TextNode.valueOf(example), RuleGroup.of(new MatchingRule.Date(format)), null);
  }

  /** A time in the {@code DateTimeFormatter} pattern {@code format}, such as {@code HH:mm:ss}. */
  public static MatchedValue time(String format, String example) {
    DslChecks.formatMatches("time", format, example);
    return new MatchedValue(TextNode.valueOf(example), RuleGroup.of(new MatchingRule.Time(format)), null);
  }

  /** A date and time in the {@code DateTimeFormatter} pattern {@code format}. */
  public static MatchedValue datetime(String format, String example) {
    DslChecks.formatMatches("datetime", format, example);
    return new MatchedValue(
        TextNode.valueOf(example), RuleGroup.of(new MatchingRule.Timestamp(format)), null);
  }

  /** A string that contains {@code substring}; the example must contain it too. */
  public static MatchedValue include(String substring, String example) {
    if (example == null || !example.contains(substring)) {
      throw new IllegalArgumentException("include: example " + DslChecks.quote(example)
          + " does not contain " + DslChecks.quote(substring) + "; give an example that contains it");
    }
    return new MatchedValue(TextNode.valueOf(example), RuleGroup.of(new MatchingRule.Include(substring)), null);
  }

  /** The JSON value {@code null} and nothing else. */
  public static MatchedValue nullValue() {
    return new MatchedValue(NODES.nullNode(), RuleGroup.of(new MatchingRule.NullValue()), null);
  }

  /** Either {@code null} or a value of the same type as {@code example}. */
  public static MatchedValue nullable(Object example) {
    return new MatchedValue(
        toJson(example), RuleGroup.anyOf(MatchingRule.Type.any(), new MatchingRule.NullValue()), null);
  }

  /** A value of the example's type that is not empty (no empty string, array or object). */
  public static MatchedValue notEmpty(Object example) {
    return new MatchedValue(toJson(example), RuleGroup.of(new MatchingRule.NotEmpty()), null);
  }

  /** A semantic version such as {@code 1.2.3}. */
  public static MatchedValue semver(String example) {
    DslChecks.regexMatches("semver", SEMVER, example);
    return new MatchedValue(TextNode.valueOf(example), RuleGroup.of(new MatchingRule.Semver()), null);
  }

  /** A UUID in its usual text form (matched by regular expression). */
  public static MatchedValue uuid(String example) {
    DslChecks.regexMatches("uuid", UUID, example);
    return new MatchedValue(TextNode.valueOf(example), RuleGroup.of(new MatchingRule.Regex(UUID)), null);
  }

  /**
   * A value the provider fills in from its provider state: {@code expression} such as {@code
   * "/orders/${id}"} is evaluated against the state's parameters at verification time; consumer
   * tests see {@code example}. In JSON bodies the value is matched by type.
   */
  public static MatchedValue fromProviderState(String expression, Object example) {
    DslChecks.notBlank("fromProviderState expression", expression);
    JsonNode value = toJson(example);
    Generator generator = new Generator.ProviderState(expression, dataType(value));
    return new MatchedValue(value, RuleGroup.of(MatchingRule.Type.any()), generator);
  }

  /**
   * A URL that points at the mock provider: the mock answers with its own base URL followed by the
   * part of {@code example} that {@code regex}'s first group captures, such as {@code
   * mockServerUrl(".*(/orders/\\d+)$", "http://localhost:8080/orders/42")}.
   */
  public static MatchedValue mockServerUrl(String regex, String example) {
    DslChecks.regexMatches("mockServerUrl", regex, example);
    Generator generator = new Generator.MockServerURL(regex, example);
    return new MatchedValue(TextNode.valueOf(example), RuleGroup.of(new MatchingRule.Regex(regex)), generator);
  }

  /** A random integer from {@code min} to {@code max} (inclusive); the contract shows {@code min}. */
  public static MatchedValue randomInt(int min, int max) {
    if (min > max) {
      throw new IllegalArgumentException("randomInt: min " + min + " is above max " + max + "; give min <= max");
    }
    return generated(NODES.numberNode(min), new MatchingRule.IntegerType(), new Generator.RandomInt(min, max));
  }

  /** A random decimal number with {@code digits} digits (at least 2), such as {@code 1.23456} for 6. */
  public static MatchedValue randomDecimal(int digits) {
    GeneratedExamples.atLeast("randomDecimal digits", digits, 2);
    BigDecimal example = new BigDecimal("1." + GeneratedExamples.cycle("234567890", digits - 1));
    return generated(NODES.numberNode(example), new MatchingRule.DecimalType(), new Generator.RandomDecimal(digits));
  }

  /** A random string of {@code digits} hexadecimal digits (matched by {@code [0-9a-fA-F]{digits}}). */
  public static MatchedValue randomHexadecimal(int digits) {
    GeneratedExamples.atLeast("randomHexadecimal digits", digits, 1);
    return generated(TextNode.valueOf(GeneratedExamples.cycle("0123456789abcdef", digits)),
        new MatchingRule.Regex("[0-9a-fA-F]{" + digits + "}"), new Generator.RandomHexadecimal(digits));
  }

  /** A random alphanumeric string of {@code size} characters, matched by type. */
  public static MatchedValue randomString(int size) {
    GeneratedExamples.atLeast("randomString size", size, 1);
    return generated(TextNode.valueOf(GeneratedExamples.cycle("abcdefghijklmnopqrstuvwxyz0123456789", size)),
        MatchingRule.Type.any(), new Generator.RandomString(size));
  }

  /** A random boolean, matched by type; the contract shows {@code true}. */
  public static MatchedValue randomBoolean() {
    return generated(NODES.booleanNode(true), new MatchingRule.BooleanType(), new Generator.RandomBoolean());
  }

  /** A random UUID (lower case, with hyphens), matched by regular expression; like pact-jvm's {@code uuid(name)}. */
  public static MatchedValue uuid() {
    return generated(TextNode.valueOf(GeneratedExamples.UUID), new MatchingRule.Regex(UUID), new Generator.Uuid(null));
  }

  /** Today's date in the {@code DateTimeFormatter} pattern {@code format}, generated when the value is replayed. */
  public static MatchedValue date(String format) {
    return dateExpression(format, null);
  }

  /**
   * The date that {@code expression} ({@code "+ 1 day"}, {@code "next monday"}, {@code "last
   * month"}) gives from today, in {@code format}; an invalid expression fails here, naming the
   * position and what was expected.
   */
  public static MatchedValue dateExpression(String format, String expression) {
    return dateTime("date", format, expression, DateExpression::date, MatchingRule.Date::new, Generator.Date::new);
  }

  /** The current time in the {@code DateTimeFormatter} pattern {@code format}, generated when replayed. */
  public static MatchedValue time(String format) {
    return timeExpression(format, null);
  }

  /** The time that {@code expression} ({@code "@ noon"}, {@code "+ 3 hours"}) gives from now, in {@code format}. */
  public static MatchedValue timeExpression(String format, String expression) {
    return dateTime("time", format, expression, DateExpression::time, MatchingRule.Time::new, Generator.Time::new);
  }

  /** The current date and time in the {@code DateTimeFormatter} pattern {@code format}, generated when replayed. */
  public static MatchedValue datetime(String format) {
    return datetimeExpression(format, null);
  }

  /**
   * The date and time that {@code expression} ({@code "+ 1 day @ midnight"}, {@code "tomorrow @
   * noon"}) gives from now, in {@code format}; like pact-jvm's {@code datetimeExpression}.
   */
  public static MatchedValue datetimeExpression(String format, String expression) {
    return dateTime("datetime", format, expression, DateExpression::dateTime, MatchingRule.Timestamp::new,
        Generator.DateTime::new);
  }

  /** A generated date/time value: the example {@code format}ted, its rule, its generator with the checked expression. */
  private static MatchedValue dateTime(String what, String format, String expression,
      Function<String, DateExpression> parser, Function<String, MatchingRule> rule,
      BiFunction<String, String, Generator> generator) {
    String example = GeneratedExamples.formatted(what, format);
    String checked = expression == null ? null : GeneratedExamples.expression(what + "Expression", expression, parser);
    return generated(TextNode.valueOf(example), rule.apply(format), generator.apply(format, checked));
  }

  private static MatchedValue generated(JsonNode example, MatchingRule rule, Generator generator) {
    return new MatchedValue(example, RuleGroup.of(rule), generator);
  }

  static JsonNode toJson(Object example) {
    if (example instanceof MatchedValue) {
      throw new IllegalArgumentException(
          "a MatchedValue cannot be an example; pass it to value(...) instead");
    }
    return example instanceof JsonNode node ? node : MAPPER.valueToTree(example);
  }

  private static String dataType(JsonNode value) {
    if (value.isIntegralNumber()) {
      return "INTEGER";
    } else if (value.isNumber()) {
      return "DECIMAL";
    } else if (value.isBoolean()) {
      return "BOOLEAN";
    }
    return value.isTextual() ? "STRING" : "RAW";
  }
}
