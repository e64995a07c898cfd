package dev.treaty.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Checks a {@code matchingRules} section, in the V3/V4 form (grouped by category) or the V2 form
 * (keyed by {@code $.body...} paths): known categories, well-formed rule groups, and every matcher.
 */
final class MatchingRulesCheck {
  static final List<String> CATEGORIES =
      List.of("body", "header", "headers", "query", "path", "method", "status", "metadata", "content");
  private static final List<String> SINGLE_VALUED = List.of("path", "method", "status");

  private final Problems problems;
  private final MatcherCheck matchers;

  MatchingRulesCheck(Problems problems) {
    this.problems = problems;
    this.matchers = new MatcherCheck(problems, this);
  }

  /** Checks the {@code matchingRules} value at {@code path}. */
  void check(JsonNode rules, String path) {
    if (!rules.isObject()) {
      problems.add(path, "matchingRules is " + Problems.describe(rules) + ", expected an object",
          "write matchingRules as an object keyed by category, e.g. {\"body\": {\"$.id\": "
              + "{\"matchers\": [{\"match\": \"type\"}]}}}");
      return;
    }
    if (isV2Form(rules)) {
      rules.fields().forEachRemaining(
          e -> matchers.check(e.getValue(), JsonPaths.field(path, e.getKey())));
      return;
    }
    rules.fields().forEachRemaining(e -> checkCategory(e.getKey(), e.getValue(), path));
  }

  private static boolean isV2Form(JsonNode rules) {
    Iterator<String> names = rules.fieldNames();
    if (!names.hasNext()) {
      return false;
    }
    while (names.hasNext()) {
      if (!names.next().startsWith("$")) {
        return false;
      }
    }
    return true;
  }

  private void checkCategory(String name, JsonNode value, String parent) {
    String path = JsonPaths.field(parent, name);
    if (!CATEGORIES.contains(name)) {
      problems.add(path, "unknown matching-rule category \"" + name + "\"",
          "use one of " + String.join(", ", CATEGORIES));
      return;
    }
    if (!value.isObject()) {
      problems.add(path, "category \"" + name + "\" is " + Problems.describe(value)
          + ", expected an object", "write the rules of a category as an object");
      return;
    }
    if (value.has("matchers") || SINGLE_VALUED.contains(name) && value.has("combine")) {
      checkGroup(value, path);
      return;
    }
    checkRuleMap(value, path);
  }

  /** Checks an object of path (or header/query name) to rule group. */
  void checkRuleMap(JsonNode rules, String path) {
    if (!rules.isObject()) {
      problems.add(path, "rules are " + Problems.describe(rules) + ", expected an object",
          "write the rules as an object of path to {\"matchers\": [...]}");
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = rules.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      checkGroup(entry.getValue(), JsonPaths.field(path, entry.getKey()));
    }
  }

  private void checkGroup(JsonNode group, String path) {
    if (!group.isObject()) {
      problems.add(path, "rule group is " + Problems.describe(group) + ", expected an object",
          "write {\"matchers\": [{\"match\": \"type\"}], \"combine\": \"AND\"}");
      return;
    }
    JsonNode combine = group.get("combine");
    if (combine != null && !(combine.isTextual() && List.of("AND", "OR").contains(combine.asText()))) {
      problems.add(JsonPaths.field(path, "combine"), "combine is " + Problems.describe(combine),
          "use \"AND\" or \"OR\"");
    }
    JsonNode list = group.get("matchers");
    if (list == null) {
      problems.missing(path, "matchers", "add \"matchers\": [{\"match\": \"type\"}]");
      return;
    }
    if (!list.isArray()) {
      problems.add(JsonPaths.field(path, "matchers"), "matchers is " + Problems.describe(list)
          + ", expected an array", "write \"matchers\": [{\"match\": \"type\"}]");
      return;
    }
    String listPath = JsonPaths.field(path, "matchers");
    for (int i = 0; i < list.size(); i++) {
      matchers.check(list.get(i), JsonPaths.index(listPath, i));
    }
  }
}
