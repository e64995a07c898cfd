package dev.treaty.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.contract.Category;
import dev.treaty.contract.Combine;
import dev.treaty.contract.MatchingRule;
import dev.treaty.contract.MatchingRules;
import dev.treaty.contract.RuleGroup;
import dev.treaty.path.internal.JsonPaths;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@code matchingRules} in the V2 flat form ({@code "$.body.name": {...}}) and the V3/V4
 * form grouped by category ({@code "body": {"$.name": {"matchers": [...]}}}); categories Treaty
 * does not know are kept (and noted for the validator).
 */
final class MatchingRulesJsonReader {
  private static final List<String> CATEGORIES =
      List.of("body", "header", "headers", "query", "path", "method", "status", "metadata", "content");
  private static final Wording RULES = Wording.of("matchingRules is", "an object",
      "write matchingRules as an object keyed by category, e.g. {\"body\": {\"$.id\": "
          + "{\"matchers\": [{\"match\": \"type\"}]}}}");
  private static final Wording GROUP = Wording.of("rule group is", "an object",
      "write {\"matchers\": [{\"match\": \"type\"}], \"combine\": \"AND\"}");
  private static final Wording PATH_RULES = Wording.of("rules are", "an object",
      "write the rules as an object of path to {\"matchers\": [...]}");
  private static final String MATCHERS_HINT = "write \"matchers\": [{\"match\": \"type\"}]";

  private final ReadContext context;
  private final Problems problems;
  private final MatchingRuleJsonReader ruleReader;

  MatchingRulesJsonReader(ReadContext context) {
    this.context = context;
    this.problems = context.problems();
    this.ruleReader = new MatchingRuleJsonReader(context, this, new GeneratorsJsonReader(context));
  }

  MatchingRules read(JsonNode node, String path) {
    if (node == null) {
      return MatchingRules.EMPTY;
    }
    if (node.isNull()) {
      problems.note(path, RULES.wrong(node), RULES.wrongHint());
      return MatchingRules.EMPTY;
    }
    ObjectNode rules = context.object(node, path, RULES);
    if (rules == null) {
      return MatchingRules.EMPTY;
    }
    if (isFlat(rules)) {
      return readFlat(rules, path);
    }
    Map<Category, Map<String, RuleGroup>> categories = new LinkedHashMap<>();
    rules.fields().forEachRemaining(
        entry -> {
          String name = entry.getKey();
          String categoryPath = JsonPaths.field(path, name);
          if (!CATEGORIES.contains(name)) {
            problems.note(categoryPath, "unknown matching-rule category \"" + name + "\"",
                "use one of " + String.join(", ", CATEGORIES));
          }
          Wording wording = Wording.of("category \"" + name + "\" is", "an object",
              "write the rules of a category as an object");
          Map<String, RuleGroup> groups = groups(entry.getValue(), categoryPath, wording);
          categories.computeIfAbsent(Category.of(name), c -> new LinkedHashMap<>()).putAll(groups);
        });
    return new MatchingRules(categories);
  }

  /** Rules keyed by path only (as inside an {@code arrayContains} variant), put under {@code category}. */
  MatchingRules readPaths(Category category, JsonNode node, String path) {
    if (node == null || node.isNull()) {
      return MatchingRules.EMPTY;
    }
    return new MatchingRules(Map.of(category, groups(node, path, PATH_RULES)));
  }

  private Map<String, RuleGroup> groups(JsonNode node, String path, Wording wording) {
    ObjectNode object = context.object(node, path, wording);
    Map<String, RuleGroup> groups = new LinkedHashMap<>();
    if (object == null) {
      return groups;
    }
    if (object.path("matchers").isArray() || object.has("match")) {
      putGroup(groups, "", group(object, path, false));
      return groups;
    }
    object.fields().forEachRemaining(
        entry -> putGroup(groups, entry.getKey(),
            group(entry.getValue(), JsonPaths.field(path, entry.getKey()), false)));
    return groups;
  }

  private static void putGroup(Map<String, RuleGroup> groups, String key, RuleGroup group) {
    if (group != null) {
      groups.put(key, group);
    }
  }

  /** One rule group; {@code flat}: a V2 rule, which is a single matcher rather than a group. */
  private RuleGroup group(JsonNode node, String path, boolean flat) {
    ObjectNode object = context.object(node, path, GROUP);
    if (object == null) {
      return null;
    }
    JsonNode matchers = object.get("matchers");
    if (matchers == null) {
      if (!flat) {
        problems.missing(path, "matchers", "add \"matchers\": [{\"match\": \"type\"}]");
      }
      return new RuleGroup(present(ruleReader.read(object, path)), Combine.AND);
    }
    String matchersPath = JsonPaths.field(path, "matchers");
    List<MatchingRule> rules = new ArrayList<>();
    if (!matchers.isArray()) {
      problems.reject(matchersPath, ReadContext.expected("a list of matchers", matchers),
          "matchers is " + Problems.describe(matchers) + ", expected an array", MATCHERS_HINT);
    } else {
      for (int i = 0; i < matchers.size(); i++) {
        rules.addAll(present(ruleReader.read(matchers.get(i), JsonPaths.index(matchersPath, i))));
      }
    }
    return new RuleGroup(rules, combine(object, path));
  }

  private static List<MatchingRule> present(MatchingRule rule) {
    return rule == null ? List.of() : List.of(rule);
  }

  private Combine combine(ObjectNode group, String path) {
    JsonNode node = group.get("combine");
    if (node == null) {
      return Combine.AND;
    }
    String message = node.isTextual() && List.of("AND", "OR").contains(node.asText())
        ? null
        : "combine is " + Problems.describe(node);
    String refusal = null;
    Combine combine = Combine.AND;
    if (!node.isNull() && !node.isTextual()) {
      refusal = ReadContext.expected("a string", node);
    } else if (node.isTextual()) {
      switch (node.textValue().toUpperCase(Locale.ROOT)) {
        case "AND" -> combine = Combine.AND;
        case "OR" -> combine = Combine.OR;
        default -> refusal = ReadContext.expected("\"AND\" or \"OR\"", node);
      }
    }
    problems.found(JsonPaths.field(path, "combine"), refusal, message, "use \"AND\" or \"OR\"");
    return combine;
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
        problems.reject(rulePath, "expected a path such as $.body.name, $.headers.Accept, "
            + "$.query.q or $.path, got \"" + entry.getKey() + "\"");
      }
      RuleGroup group = group(entry.getValue(), rulePath, true);
      if (target != null && group != null) {
        result = result.with(target.category(), target.key(), group);
      }
    }
    return result;
  }
}
