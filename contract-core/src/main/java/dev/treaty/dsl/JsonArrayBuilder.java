package dev.treaty.dsl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.contract.Category;
import dev.treaty.contract.Generators;
import dev.treaty.contract.MatchingRule;
import dev.treaty.contract.MatchingRules;
import dev.treaty.dsl.internal.DslChecks;
import dev.treaty.dsl.internal.ExampleTypes;
import dev.treaty.dsl.internal.JsonRules;
import dev.treaty.dsl.internal.RuleMaps;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Fills in one JSON array of a body, element by element: each method appends an element with its
 * example and matchers.
 */
public final class JsonArrayBuilder {
  private final ArrayNode node;
  private final String path;
  private final JsonRules rules;
  private final List<JsonRules> variants;

  private JsonArrayBuilder(ArrayNode node, String path, JsonRules rules, List<JsonRules> variants) {
    this.node = node;
    this.path = path;
    this.rules = rules;
    this.variants = variants;
  }

  static JsonArrayBuilder elements(ArrayNode node, String path, JsonRules rules) {
    return new JsonArrayBuilder(node, path, rules, null);
  }

  static JsonNode eachLike(
      String path, int min, Integer max, Consumer<JsonObjectBuilder> element, JsonRules rules) {
    DslChecks.bounds("eachLike " + path, min, max);
    ObjectNode example = ContractDsl.NODES.objectNode();
    element.accept(new JsonObjectBuilder(example, path + "[*]", rules));
    rules.add(path, new MatchingRule.Type(min, max));
    return copies(example, min);
  }

  static JsonNode eachLikeValue(String path, int min, Integer max, MatchedValue element, JsonRules rules) {
    DslChecks.bounds("eachLike " + path, min, max);
    rules.add(path, new MatchingRule.Type(min, max));
    rules.add(path + "[*]", element);
    return copies(element.example(), min);
  }

  static JsonNode containing(String path, Consumer<JsonArrayBuilder> spec, JsonRules rules) {
    List<JsonRules> variantRules = new ArrayList<>();
    JsonArrayBuilder builder = new JsonArrayBuilder(ContractDsl.NODES.arrayNode(), "$", null, variantRules);
    spec.accept(builder);
    List<MatchingRule.ArrayContains.Variant> variants = new ArrayList<>();
    for (int i = 0; i < variantRules.size(); i++) {
      JsonRules r = variantRules.get(i);
      variants.add(new MatchingRule.ArrayContains.Variant(i,
          RuleMaps.with(MatchingRules.EMPTY, Category.BODY, r.rules()),
          RuleMaps.with(Generators.EMPTY, Category.BODY, r.generators())));
    }
    rules.add(path, new MatchingRule.ArrayContains(variants));
    return builder.node;
  }

  private static ArrayNode copies(JsonNode example, int min) {
    ArrayNode array = ContractDsl.NODES.arrayNode();
    for (int i = 0; i < Math.max(1, min); i++) {
      array.add(example.deepCopy());
    }
    return array;
  }

  ArrayNode node() {
    return node;
  }

  /** Appends the example of {@code value} with its rules and generator. */
  public JsonArrayBuilder value(MatchedValue value) {
    Slot slot = next();
    node.add(value.example().deepCopy());
    slot.rules().add(slot.path(), value);
    return this;
  }

  /** Appends a value compared with its example ({@code "A"}, {@code 42}, {@code true}, a map...). */
  public JsonArrayBuilder exactly(Object value) {
    next();
    node.add(ContractDsl.toJson(value));
    return this;
  }

  /** Appends a value that must equal {@code value} exactly, even inside {@code eachLike}. */
  public JsonArrayBuilder equalTo(Object value) {
    return value(ContractDsl.equalTo(value));
  }

  /** Appends any string. */
  public JsonArrayBuilder stringType(String example) {
    return value(ContractDsl.stringType(example));
  }

  /** Appends any integer. */
  public JsonArrayBuilder integerType(long example) {
    return value(ContractDsl.integerType(example));
  }

  /** Appends any number with a fractional part. */
  public JsonArrayBuilder decimalType(double example) {
    return value(ContractDsl.decimalType(example));
  }

  /** Appends any number. */
  public JsonArrayBuilder numberType(Number example) {
    return value(ContractDsl.numberType(example));
  }

  /** Appends any boolean. */
  public JsonArrayBuilder booleanType(boolean example) {
    return value(ContractDsl.booleanType(example));
  }

  /** Appends a string that matches {@code regex} completely. */
  public JsonArrayBuilder stringMatching(String regex, String example) {
    return value(ContractDsl.regex(regex, example));
  }

  /** Appends an example object, matched by type like {@link ContractDsl#like}. */
  public JsonArrayBuilder like(Object example) {
    Slot slot = next();
    JsonNode tree = ContractDsl.toJson(example);
    node.add(tree);
    ExampleTypes.addTypeRules(tree, slot.path(), slot.rules());
    return this;
  }

  /** Appends an object built by {@code spec}. */
  public JsonArrayBuilder object(Consumer<JsonObjectBuilder> spec) {
    Slot slot = next();
    spec.accept(new JsonObjectBuilder(node.addObject(), slot.path(), slot.rules()));
    return this;
  }

  /** Appends an array built by {@code spec}. */
  public JsonArrayBuilder array(Consumer<JsonArrayBuilder> spec) {
    Slot slot = next();
    spec.accept(elements(node.addArray(), slot.path(), slot.rules()));
    return this;
  }

  /**
   * Where the next element goes: its path and the rules it adds to. Each element of {@code
   * arrayContaining} is a variant with its own rules, rooted at {@code $}.
   */
  private Slot next() {
    if (variants == null) {
      return new Slot(path + "[" + node.size() + "]", rules);
    }
    JsonRules variant = new JsonRules();
    variants.add(variant);
    return new Slot("$", variant);
  }

  private record Slot(String path, JsonRules rules) {}
}
