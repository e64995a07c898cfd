package dev.treaty.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.contract.Category;
import dev.treaty.contract.MatchingRule;
import dev.treaty.contract.MatchingRules;
import dev.treaty.contract.Generators;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one matcher definition ({@code {"match": "regex", "regex": "\\d+"}}) into a {@link
 * MatchingRule}, accepting the attribute names of pact-jvm and pact-rust alike.
 */
final class MatchingRuleJsonReader {
  private final ReadContext context;
  private final MatchingRulesJsonReader rulesReader;
  private final GeneratorsJsonReader generatorsReader;

  MatchingRuleJsonReader(
      ReadContext context, MatchingRulesJsonReader rulesReader, GeneratorsJsonReader generators) {
    this.context = context;
    this.rulesReader = rulesReader;
    this.generatorsReader = generators;
  }

  MatchingRule read(JsonNode node, String path) {
    ObjectNode rule = context.object(node, path);
    String match = context.optionalText(rule, "match", path);
    if (match == null) {
      return withoutMatch(rule, path);
    }
    return switch (match) {
      case "type" -> type(rule, path);
      case "min", "max" -> type(rule, path);
      case "regex" -> new MatchingRule.Regex(context.requiredText(rule, "regex", path));
      case "equality" -> new MatchingRule.Equality();
      case "include" -> new MatchingRule.Include(text(rule, "value", path));
      case "integer" -> new MatchingRule.IntegerType();
      case "decimal" -> new MatchingRule.DecimalType();
      case "number" -> new MatchingRule.NumberType();
      case "boolean" -> new MatchingRule.BooleanType();
      case "null" -> new MatchingRule.NullValue();
      case "date" -> new MatchingRule.Date(format(rule, path));
      case "time" -> new MatchingRule.Time(format(rule, path));
      case "timestamp", "datetime" -> new MatchingRule.Timestamp(format(rule, path));
      case "values" -> new MatchingRule.Values();
      case "eachKey" -> new MatchingRule.EachKey(nested(rule, path), example(rule));
      case "eachValue" -> new MatchingRule.EachValue(nested(rule, path), example(rule));
      case "arrayContains" -> arrayContains(rule, path);
      case "notEmpty" -> new MatchingRule.NotEmpty();
      case "semver" -> new MatchingRule.Semver();
      case "contentType" -> new MatchingRule.ContentType(text(rule, "value", path));
      case "statusCode" -> statusCode(rule, path);
      default -> new MatchingRule.Unknown(match, rule.deepCopy());
    };
  }

  /** V2 and early V3 writers leave out {@code match} when an attribute says it all. */
  private MatchingRule withoutMatch(ObjectNode rule, String path) {
    if (rule.has("regex")) {
      return new MatchingRule.Regex(context.requiredText(rule, "regex", path));
    }
    if (rule.has("min") || rule.has("max")) {
      return type(rule, path);
    }
    if (rule.has("timestamp")) {
      return new MatchingRule.Timestamp(format(rule, path));
    }
    if (rule.has("time")) {
      return new MatchingRule.Time(format(rule, path));
    }
    if (rule.has("date")) {
      return new MatchingRule.Date(format(rule, path));
    }
    throw context.unexpected(path, "a matcher with a \"match\" field", rule);
  }

  private MatchingRule type(ObjectNode rule, String path) {
    return new MatchingRule.Type(
        context.optionalInt(rule, "min", path), context.optionalInt(rule, "max", path));
  }

  private String text(ObjectNode rule, String name, String path) {
    JsonNode value = rule.get(name);
    if (value != null && (value.isNumber() || value.isBoolean())) {
      return value.asText();
    }
    return context.requiredText(rule, name, path);
  }

  private String format(ObjectNode rule, String path) {
    for (String name : List.of("format", "timestamp", "datetime", "date", "time")) {
      String format = context.optionalText(rule, name, path);
      if (format != null) {
        return format;
      }
    }
    return null;
  }

  private List<MatchingRule> nested(ObjectNode rule, String path) {
    JsonNode rules = rule.get("rules");
    String rulesPath = JsonPaths.field(path, "rules");
    if (rules == null || rules.isNull()) {
      return List.of();
    }
    if (!rules.isArray()) {
      throw context.unexpected(rulesPath, "a list of matchers", rules);
    }
    List<MatchingRule> list = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      list.add(read(rules.get(i), JsonPaths.index(rulesPath, i)));
    }
    return list;
  }

  private MatchingRule arrayContains(ObjectNode rule, String path) {
    JsonNode variants = rule.get("variants");
    String variantsPath = JsonPaths.field(path, "variants");
    if (variants == null || !variants.isArray()) {
      throw context.unexpected(variantsPath, "a list of variants", variants);
    }
    List<MatchingRule.ArrayContains.Variant> list = new ArrayList<>();
    for (int i = 0; i < variants.size(); i++) {
      String variantPath = JsonPaths.index(variantsPath, i);
      ObjectNode variant = context.object(variants.get(i), variantPath);
      Integer index = context.optionalInt(variant, "index", variantPath);
      MatchingRules rules =
          rulesReader.readPaths(Category.BODY, variant.get("rules"), JsonPaths.field(variantPath, "rules"));
      Generators generators =
          generatorsReader.readPaths(
              Category.BODY, variant.get("generators"), JsonPaths.field(variantPath, "generators"));
      list.add(new MatchingRule.ArrayContains.Variant(index == null ? i : index, rules, generators));
    }
    return new MatchingRule.ArrayContains(list);
  }

  private MatchingRule statusCode(ObjectNode rule, String path) {
    JsonNode status = rule.get("status");
    String statusPath = JsonPaths.field(path, "status");
    if (status != null && status.isTextual()) {
      return new MatchingRule.StatusCode(status.textValue(), List.of());
    }
    if (status != null && status.isArray()) {
      List<Integer> codes = new ArrayList<>();
      for (int i = 0; i < status.size(); i++) {
        JsonNode code = status.get(i);
        if (!code.isIntegralNumber() || !code.canConvertToInt()) {
          throw context.unexpected(JsonPaths.index(statusPath, i), "a status code", code);
        }
        codes.add(code.intValue());
      }
      return new MatchingRule.StatusCode(null, codes);
    }
    throw context.unexpected(statusPath, "a status class or a list of status codes", status);
  }

  /** The example value pact-rust writes beside eachKey/eachValue rules; null when absent. */
  private static JsonNode example(JsonNode rule) {
    JsonNode value = rule.get("value");
    return value == null ? null : value.deepCopy();
  }
}
