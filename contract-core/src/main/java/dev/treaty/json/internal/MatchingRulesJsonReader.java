package dev.treaty.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.contract.Category;
import dev.treaty.contract.Combine;
import dev.treaty.contract.MatchingRule;
import dev.treaty.contract.MatchingRules;
import dev.treaty.contract.RuleGroup;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@code matchingRules} in the V2 flat form ({@code "$.body.name": {...}}) and the V3/V4
 * form grouped by category ({@code "body": {"$.name": {"matchers": [...]}}}).
 */
final class MatchingRulesJsonReader {
  private final ReadContext context;
  private final MatchingRuleJsonReader ruleReader;

  MatchingRulesJsonReader(ReadContext context) {
    this.context = context;
    this.ruleReader = new MatchingRuleJsonReader(context, this, new GeneratorsJsonReader(context));
  }

  MatchingRules read(JsonNode node, String path) {
    if (node == null || node.isNull()) {
      return MatchingRules.EMPTY;
    }
    ObjectNode rules = context.object(node, path);
    if (isFlat(rules)) {
      return readFlat(rules, path);
    }
    Map<Category, Map<String, RuleGroup>> categories = new LinkedHashMap<>();
    rules.fields().forEachRemaining(
        entry -> {
          Category category = Category.of(entry.getKey());
          String categoryPath = JsonPaths.field(path, entry.getKey());
          Map<String, RuleGroup> groups = groups(entry.getValue(), categoryPath);
          categories.computeIfAbsent(category, c -> new LinkedHashMap<>()).putAll(groups);
        });
    return new MatchingRules(categories);
  }

  /** Rules keyed by path only (as inside an {@code arrayContains} variant), put under {@code category}. */
  MatchingRules readPaths(Category category, JsonNode node, String path) {
    if (node == null || node.isNull()) {
      return MatchingRules.EMPTY;
    }
    return new MatchingRules(Map.of(category, groups(node, path)));
  }

  private Map<String, RuleGroup> groups(JsonNode node, String path) {
    ObjectNode object = context.object(node, path);
    Map<String, RuleGroup> groups = new LinkedHashMap<>();
    if (object.path("matchers").isArray() || object.has("match")) {
      groups.put("", group(object, path));
      return groups;
    }
    object.fields().forEachRemaining(
        entry -> groups.put(entry.getKey(), group(entry.getValue(), JsonPaths.field(path, entry.getKey()))));
    return groups;
  }

  private RuleGroup group(JsonNode node, String path) {
    ObjectNode object = context.object(node, path);
    JsonNode matchers = object.get("matchers");
    if (matchers == null) {
      return new RuleGroup(List.of(ruleReader.read(object, path)), Combine.AND);
    }
    String matchersPath = JsonPaths.field(path, "matchers");
    if (!matchers.isArray()) {
      throw context.unexpected(matchersPath, "a list of matchers", matchers);
    }
    List<MatchingRule> rules = new ArrayList<>();
    for (int i = 0; i < matchers.size(); i++) {
      rules.add(ruleReader.read(matchers.get(i), JsonPaths.index(matchersPath, i)));
    }
    return new RuleGroup(rules, combine(object, path));
  }

  private Combine combine(ObjectNode group, String path) {
    String combine = context.optionalText(group, "combine", path);
    if (combine == null) {
      return Combine.AND;
    }
    return switch (combine.toUpperCase(Locale.ROOT)) {
      case "AND" -> Combine.AND;
      case "OR" -> Combine.OR;
      default -> throw context.unexpected(
          JsonPaths.field(path, "combine"), "\"AND\" or \"OR\"", group.get("combine"));
    };
  }

  private static boolean isFlat(ObjectNode rules) {
    for (Iterator<String> names = rules.fieldNames(); names.hasNext(); ) {
      if (names.next().startsWith("$")) {
        return true;
      }
    }
    return false;
  }

  private MatchingRules readFlat(ObjectNode rules, String path) {
    MatchingRules result = MatchingRules.EMPTY;
    for (Iterator<Map.Entry<String, JsonNode>> it = rules.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String rulePath = JsonPaths.field(path, entry.getKey());
      FlatPath target = FlatPath.parse(entry.getKey());
      if (target == null) {
        throw context.fail(rulePath, "expected a path such as $.body.name, $.headers.Accept, "
            + "$.query.q or $.path, got \"" + entry.getKey() + "\"");
      }
      result = result.with(target.category(), target.key(), group(entry.getValue(), rulePath));
    }
    return result;
  }
}
