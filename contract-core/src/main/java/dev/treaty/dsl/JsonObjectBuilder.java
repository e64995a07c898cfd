package dev.treaty.dsl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.contract.MatchingRule;
import dev.treaty.dsl.internal.DslChecks;
import dev.treaty.dsl.internal.ExampleTypes;
import dev.treaty.dsl.internal.JsonRules;
import dev.treaty.path.internal.JsonPaths;
import java.util.List;
import java.util.function.Consumer;

/**
 * Fills in one JSON object of a body: each method adds a field with its example and matchers.
 *
 * <p>Fields added with {@code stringValue}, {@code numberValue} and the like carry no rule of
 * their own: they are compared with the example, unless an enclosing rule (such as {@code
 * eachLike}) matches by type; use {@link #equalTo} to insist on the exact value there.
 */
public final class JsonObjectBuilder {
  private final ObjectNode node;
  private final String path;
  private final JsonRules rules;

  JsonObjectBuilder(ObjectNode node, String path, JsonRules rules) {
    this.node = node;
    this.path = path;
    this.rules = rules;
  }

  /** Adds field {@code name} with the example, rules and generator of {@code value}. */
  public JsonObjectBuilder value(String name, MatchedValue value) {
    node.set(name, value.example().deepCopy());
    rules.add(field(name), value);
    return this;
  }

  /** Adds a string field compared with its example. */
  public JsonObjectBuilder stringValue(String name, String value) {
    node.put(name, value);
    return this;
  }

  /** Adds a number field compared with its example. */
  public JsonObjectBuilder numberValue(String name, Number value) {
    node.set(name, ContractDsl.toJson(value));
    return this;
  }

  /** Adds a boolean field compared with its example. */
  public JsonObjectBuilder booleanValue(String name, boolean value) {
    node.put(name, value);
    return this;
  }

  /** Adds a field that must equal {@code value} exactly, even inside {@code eachLike}. */
  public JsonObjectBuilder equalTo(String name, Object value) {
    return value(name, ContractDsl.equalTo(value));
  }

  /** Adds a field of the same JSON type as {@code example}. */
  public JsonObjectBuilder typeOf(String name, Object example) {
    return value(name, ContractDsl.typeOf(example));
  }

  /** Adds a field holding any string. */
  public JsonObjectBuilder stringType(String name, String example) {
    return value(name, ContractDsl.stringType(example));
  }

  /** Adds a field holding any integer. */
  public JsonObjectBuilder integerType(String name, long example) {
    return value(name, ContractDsl.integerType(example));
  }

  /** Adds a field holding any number with a fractional part. */
  public JsonObjectBuilder decimalType(String name, double example) {
    return value(name, ContractDsl.decimalType(example));
  }

  /** Adds a field holding any number. */
  public JsonObjectBuilder numberType(String name, Number example) {
    return value(name, ContractDsl.numberType(example));
  }

  /** Adds a field holding any boolean. */
  public JsonObjectBuilder booleanType(String name, boolean example) {
    return value(name, ContractDsl.booleanType(example));
  }

  /** Adds a string field that matches {@code regex} completely. */
  public JsonObjectBuilder stringMatching(String name, String regex, String example) {
    return value(name, ContractDsl.regex(regex, example));
  }

  /** Adds a date field in the {@code DateTimeFormatter} pattern {@code format}. */
  public JsonObjectBuilder date(String name, String format, String example) {
    return value(name, ContractDsl.date(format, example));
  }

  /** Adds a time field in the {@code DateTimeFormatter} pattern {@code format}. */
  public JsonObjectBuilder time(String name, String format, String example) {
    return value(name, ContractDsl.time(format, example));
  }

  /** Adds a date-time field in the {@code DateTimeFormatter} pattern {@code format}. */
  public JsonObjectBuilder datetime(String name, String format, String example) {
    return value(name, ContractDsl.datetime(format, example));
  }

  /** Adds a string field matching {@code regex}, generated from it; see {@link ContractDsl#regex(String)}. */
  public JsonObjectBuilder stringMatching(String name, String regex) {
    return value(name, ContractDsl.regex(regex));
  }

  /** Adds a random integer field from {@code min} to {@code max}; see {@link ContractDsl#randomInt}. */
  public JsonObjectBuilder randomInt(String name, int min, int max) {
    return value(name, ContractDsl.randomInt(min, max));
  }

  /** Adds a random decimal field with {@code digits} digits; see {@link ContractDsl#randomDecimal}. */
  public JsonObjectBuilder randomDecimal(String name, int digits) {
    return value(name, ContractDsl.randomDecimal(digits));
  }

  /** Adds a random field of {@code digits} hexadecimal digits; see {@link ContractDsl#randomHexadecimal}. */
  public JsonObjectBuilder randomHexadecimal(String name, int digits) {
    return value(name, ContractDsl.randomHexadecimal(digits));
  }

  /** Adds a random alphanumeric field of {@code size} characters; see {@link ContractDsl#randomString}. */
  public JsonObjectBuilder randomString(String name, int size) {
    return value(name, ContractDsl.randomString(size));
  }

  /** Adds a random boolean field; see {@link ContractDsl#randomBoolean}. */
  public JsonObjectBuilder randomBoolean(String name) {
    return value(name, ContractDsl.randomBoolean());
  }

  /** Adds a random UUID field; see {@link ContractDsl#uuid()}. */
  public JsonObjectBuilder uuid(String name) {
    return value(name, ContractDsl.uuid());
  }

  /** Adds a field with today's date in {@code format}, generated; see {@link ContractDsl#date(String)}. */
  public JsonObjectBuilder date(String name, String format) {
    return value(name, ContractDsl.date(format));
  }

  /** Adds a date field that {@code expression} moves from today; see {@link ContractDsl#dateExpression}. */
  public JsonObjectBuilder dateExpression(String name, String format, String expression) {
    return value(name, ContractDsl.dateExpression(format, expression));
  }

  /** Adds a field with the current time in {@code format}, generated; see {@link ContractDsl#time(String)}. */
  public JsonObjectBuilder time(String name, String format) {
    return value(name, ContractDsl.time(format));
  }

  /** Adds a time field that {@code expression} moves from now; see {@link ContractDsl#timeExpression}. */
  public JsonObjectBuilder timeExpression(String name, String format, String expression) {
    return value(name, ContractDsl.timeExpression(format, expression));
  }

  /** Adds a field with the current date and time in {@code format}, generated; see {@link ContractDsl#datetime(String)}. */
  public JsonObjectBuilder datetime(String name, String format) {
    return value(name, ContractDsl.datetime(format));
  }

  /**
   * Adds a date-time field that {@code expression} moves from now, such as {@code
   * datetimeExpression("createdAt", "yyyy-MM-dd'T'HH:mm:ss", "+ 1 day @ midnight")}; see {@link
   * ContractDsl#datetimeExpression}.
   */
  public JsonObjectBuilder datetimeExpression(String name, String format, String expression) {
    return value(name, ContractDsl.datetimeExpression(format, expression));
  }

  /** Adds a string field that contains {@code substring}. */
  public JsonObjectBuilder include(String name, String substring, String example) {
    return value(name, ContractDsl.include(substring, example));
  }

  /** Adds a field that must be {@code null}. */
  public JsonObjectBuilder nullValue(String name) {
    return value(name, ContractDsl.nullValue());
  }

  /** Adds a field that is {@code null} or of the same type as {@code example}. */
  public JsonObjectBuilder nullable(String name, Object example) {
    return value(name, ContractDsl.nullable(example));
  }

  /** Adds a field that is not empty (no empty string, array or object). */
  public JsonObjectBuilder notEmpty(String name, Object example) {
    return value(name, ContractDsl.notEmpty(example));
  }

  /** Adds a semantic version field ({@code 1.2.3}). */
  public JsonObjectBuilder semver(String name, String example) {
    return value(name, ContractDsl.semver(example));
  }

  /** Adds a UUID field. */
  public JsonObjectBuilder uuid(String name, String example) {
    return value(name, ContractDsl.uuid(example));
  }

  /** Adds a field whose value the provider fills in from its state; see {@link ContractDsl#fromProviderState}. */
  public JsonObjectBuilder fromProviderState(String name, String expression, Object example) {
    return value(name, ContractDsl.fromProviderState(expression, example));
  }

  /** Adds a URL field that points at the mock provider; see {@link ContractDsl#mockServerUrl}. */
  public JsonObjectBuilder mockServerUrl(String name, String regex, String example) {
    return value(name, ContractDsl.mockServerUrl(regex, example));
  }

  /** Adds a field from an example object, matched by type like {@link ContractDsl#like}. */
  public JsonObjectBuilder like(String name, Object example) {
    JsonNode tree = ContractDsl.toJson(example);
    node.set(name, tree);
    ExampleTypes.addTypeRules(tree, field(name), rules);
    return this;
  }

  /** Adds a nested object built by {@code spec}. */
  public JsonObjectBuilder object(String name, Consumer<JsonObjectBuilder> spec) {
    spec.accept(new JsonObjectBuilder(node.putObject(name), field(name), rules));
    return this;
  }

  /** Adds an array with exactly the elements {@code spec} adds. */
  public JsonObjectBuilder array(String name, Consumer<JsonArrayBuilder> spec) {
    spec.accept(JsonArrayBuilder.elements(node.putArray(name), field(name), rules));
    return this;
  }

  /** Adds an array of at least one object, each like the one {@code element} builds. */
  public JsonObjectBuilder eachLike(String name, Consumer<JsonObjectBuilder> element) {
    return eachLike(name, 1, element);
  }

  /** Adds an array of at least {@code min} objects, each like the one {@code element} builds. */
  public JsonObjectBuilder eachLike(String name, int min, Consumer<JsonObjectBuilder> element) {
    node.set(name, JsonArrayBuilder.eachLike(field(name), min, null, element, rules));
    return this;
  }

  /** Adds an array of {@code min} to {@code max} objects, each like the one {@code element} builds. */
  public JsonObjectBuilder eachLike(String name, int min, int max, Consumer<JsonObjectBuilder> element) {
    node.set(name, JsonArrayBuilder.eachLike(field(name), min, max, element, rules));
    return this;
  }

  /** Adds an array of at least {@code min} values, each matching {@code element}. */
  public JsonObjectBuilder eachLike(String name, int min, MatchedValue element) {
    node.set(name, JsonArrayBuilder.eachLikeValue(field(name), min, null, element, rules));
    return this;
  }

  /**
   * Adds an array that must contain, in any order and among any others, an element like each one
   * {@code variants} adds.
   */
  public JsonObjectBuilder arrayContaining(String name, Consumer<JsonArrayBuilder> variants) {
    node.set(name, JsonArrayBuilder.containing(field(name), variants, rules));
    return this;
  }

  /**
   * Adds an object whose keys may be anything that matches {@code keyRegex}; {@code example} builds
   * its example entries (their rules still apply to the entries of the same name).
   */
  public JsonObjectBuilder eachKeyMatching(String name, String keyRegex, Consumer<JsonObjectBuilder> example) {
    object(name, example);
    node.get(name).fieldNames().forEachRemaining(
        key -> DslChecks.regexMatches("eachKeyMatching " + field(name), keyRegex, key));
    rules.add(field(name), new MatchingRule.EachKey(List.of(new MatchingRule.Regex(keyRegex))));
    return this;
  }

  /**
   * Adds an object (a map) whose values, under any keys, must each match {@code value}; the example
   * holds one entry {@code exampleKey}.
   */
  public JsonObjectBuilder eachValueLike(String name, String exampleKey, MatchedValue value) {
    node.putObject(name).set(exampleKey, value.example().deepCopy());
    List<MatchingRule> valueRules = value.rules() == null ? List.of(MatchingRule.Type.any()) : value.rules().rules();
    rules.add(field(name), new MatchingRule.EachValue(valueRules));
    return this;
  }

  private String field(String name) {
    return JsonPaths.field(path, name);
  }
}
