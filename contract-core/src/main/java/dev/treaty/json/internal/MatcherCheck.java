package dev.treaty.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks one matcher object ({@code {"match": "regex", "regex": "\\d+"}}): a known name and the
 * attributes that name needs, so that a contract never fails later at verification time.
 */
final class MatcherCheck {
  static final List<String> NAMES =
      List.of("equality", "type", "regex", "integer", "decimal", "number", "boolean", "null",
          "include", "date", "time", "timestamp", "datetime", "values", "eachKey", "eachValue",
          "arrayContains", "notEmpty", "semver", "contentType", "statusCode");
  private static final List<String> STATUS_CLASSES =
      List.of("information", "success", "redirect", "clientError", "serverError", "nonError", "error");

  private final Problems problems;
  private final MatchingRulesCheck rules;

  MatcherCheck(Problems problems, MatchingRulesCheck rules) {
    this.problems = problems;
    this.rules = rules;
  }

  void check(JsonNode matcher, String path) {
    if (!matcher.isObject()) {
      problems.add(path, "matcher is " + Problems.describe(matcher) + ", expected an object",
          "write a matcher as {\"match\": \"type\"}");
      return;
    }
    checkMinMax(matcher, path);
    JsonNode match = matcher.get("match");
    if (match == null) {
      if (!matcher.has("min") && !matcher.has("max")) {
        problems.missing(path, "match", "add \"match\": \"type\" (or another matcher name)");
      }
      return;
    }
    String matchPath = JsonPaths.field(path, "match");
    if (!match.isTextual()) {
      problems.add(matchPath, "match is " + Problems.describe(match) + ", expected a matcher name",
          "use one of " + String.join(", ", NAMES));
      return;
    }
    if (!NAMES.contains(match.asText())) {
      problems.add(matchPath, "unknown matcher \"" + match.asText() + "\"",
          "use one of " + String.join(", ", NAMES));
      return;
    }
    checkAttributes(match.asText(), matcher, path);
  }

  private void checkAttributes(String name, JsonNode matcher, String path) {
    switch (name) {
      case "regex" -> checkRegex(matcher, path);
      case "include" -> requireString(matcher, path, "value", "add \"value\": \"text it must contain\"");
      case "contentType" -> requireString(matcher, path, "value", "add \"value\": \"image/png\"");
      case "date", "time", "timestamp", "datetime" -> checkFormat(name, matcher, path);
      case "eachKey", "eachValue" -> checkNestedRules(matcher, path);
      case "arrayContains" -> checkVariants(matcher, path);
      case "statusCode" -> checkStatus(matcher, path);
      default -> { }
    }
  }

  private void checkRegex(JsonNode matcher, String path) {
    if (!requireString(matcher, path, "regex", "add \"regex\": \"\\\\d+\" (the pattern to match)")) {
      return;
    }
    String regex = matcher.get("regex").asText();
    try {
      Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      problems.add(JsonPaths.field(path, "regex"),
          "regex " + quote(regex) + " does not compile: " + e.getDescription() + " near index " + e.getIndex(),
          "use \"match\": \"regex\" with a pattern that compiles, e.g. \"\\\\d+\"");
    }
  }

  private void checkFormat(String name, JsonNode matcher, String path) {
    String field = matcher.has("format") ? "format" : name;
    JsonNode format = matcher.get(field);
    if (format == null) {
      return;
    }
    String formatPath = JsonPaths.field(path, field);
    if (!format.isTextual()) {
      problems.add(formatPath, field + " is " + Problems.describe(format) + ", expected a string",
          "write a DateTimeFormatter pattern, e.g. \"yyyy-MM-dd'T'HH:mm:ss\"");
      return;
    }
    try {
      DateTimeFormatter.ofPattern(format.asText());
    } catch (IllegalArgumentException e) {
      problems.add(formatPath, name + " format " + quote(format.asText())
          + " is not a valid DateTimeFormatter pattern: " + e.getMessage(),
          "write a DateTimeFormatter pattern, e.g. \"yyyy-MM-dd'T'HH:mm:ss\"; quote literal letters with '");
    }
  }

  private void checkMinMax(JsonNode matcher, String path) {
    Integer min = count(matcher, path, "min");
    Integer max = count(matcher, path, "max");
    if (min != null && max != null && min > max) {
      problems.add(JsonPaths.field(path, "max"), "min " + min + " is greater than max " + max,
          "make min <= max, or drop max");
    }
  }

  private Integer count(JsonNode matcher, String path, String field) {
    JsonNode value = matcher.get(field);
    if (value == null) {
      return null;
    }
    if (!value.isIntegralNumber() || value.asLong() < 0 || !value.canConvertToInt()) {
      problems.add(JsonPaths.field(path, field), field + " is " + Problems.describe(value)
          + ", expected a non-negative integer", "write " + field + " as a whole number such as 1");
      return null;
    }
    return value.asInt();
  }

  private void checkNestedRules(JsonNode matcher, String path) {
    JsonNode list = matcher.get("rules");
    if (list == null) {
      problems.missing(path, "rules", "add \"rules\": [{\"match\": \"type\"}]");
      return;
    }
    String listPath = JsonPaths.field(path, "rules");
    if (!list.isArray()) {
      problems.add(listPath, "rules is " + Problems.describe(list) + ", expected an array",
          "write \"rules\": [{\"match\": \"type\"}]");
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      check(list.get(i), JsonPaths.index(listPath, i));
    }
  }

  private void checkVariants(JsonNode matcher, String path) {
    JsonNode variants = matcher.get("variants");
    String listPath = JsonPaths.field(path, "variants");
    if (variants == null || !variants.isArray()) {
      problems.add(listPath, "variants is " + Problems.describe(variants) + ", expected an array",
          "add \"variants\": [{\"index\": 0, \"rules\": {}}]");
      return;
    }
    for (int i = 0; i < variants.size(); i++) {
      JsonNode variant = variants.get(i);
      String variantPath = JsonPaths.index(listPath, i);
      JsonNode index = variant.get("index");
      if (index == null || !index.isIntegralNumber() || index.asInt() < 0) {
        problems.add(JsonPaths.field(variantPath, "index"), "index is " + Problems.describe(index)
            + ", expected a non-negative integer", "write the index of the example element, e.g. 0");
      }
      if (variant.has("rules")) {
        rules.checkRuleMap(variant.get("rules"), JsonPaths.field(variantPath, "rules"));
      }
    }
  }

  private void checkStatus(JsonNode matcher, String path) {
    JsonNode status = matcher.get("status");
    boolean valid = status != null
        && (status.isTextual() && STATUS_CLASSES.contains(status.asText())
            || status.isArray() && allIntegers(status));
    if (!valid) {
      problems.add(JsonPaths.field(path, "status"), "status is " + Problems.describe(status)
          + ", expected a status class or an array of status codes",
          "use one of " + String.join(", ", STATUS_CLASSES) + ", or a list such as [200, 201]");
    }
  }

  private static boolean allIntegers(JsonNode array) {
    for (JsonNode element : array) {
      if (!element.isIntegralNumber()) {
        return false;
      }
    }
    return true;
  }

  private boolean requireString(JsonNode matcher, String path, String field, String hint) {
    JsonNode value = matcher.get(field);
    if (value == null) {
      problems.missing(path, field, hint);
      return false;
    }
    if (!value.isTextual()) {
      problems.add(JsonPaths.field(path, field),
          field + " is " + Problems.describe(value) + ", expected a string", hint);
      return false;
    }
    return true;
  }

  private static String quote(String text) {
    return com.fasterxml.jackson.databind.node.TextNode.valueOf(text).toString();
  }
}
