package dev.treaty.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.treaty.contract.Category;
import dev.treaty.contract.Generators;
import dev.treaty.contract.MatchingRule;
import dev.treaty.contract.MatchingRules;
import dev.treaty.path.internal.JsonPaths;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Turns one matcher definition ({@code {"match": "regex", "regex": "\\d+"}}) into a {@link
 * MatchingRule}, accepting the attribute names of pact-jvm and pact-rust alike; the validator's
 * stricter checks (regexes that compile, date formats, min/max) are noted on the way.
 */
final class MatchingRuleJsonReader {
  /** How one known matcher name is read. */
  private interface Reading {
    MatchingRule read(MatchingRuleJsonReader reader, ObjectNode rule, String path);
  }

  /** The matcher names Treaty knows, in the order the validator's hint lists them. */
  private static final Map<String, Reading> NAMED = new LinkedHashMap<>();

  static {
    NAMED.put("equality", (r, rule, path) -> new MatchingRule.Equality());
    NAMED.put("type", MatchingRuleJsonReader::type);
    NAMED.put("regex", MatchingRuleJsonReader::regex);
    NAMED.put("integer", (r, rule, path) -> new MatchingRule.IntegerType());
    NAMED.put("decimal", (r, rule, path) -> new MatchingRule.DecimalType());
    NAMED.put("number", (r, rule, path) -> new MatchingRule.NumberType());
    NAMED.put("boolean", (r, rule, path) -> new MatchingRule.BooleanType());
    NAMED.put("null", (r, rule, path) -> new MatchingRule.NullValue());
    NAMED.put("include", (r, rule, path) -> present(r.text(rule, path, "text it must contain"), MatchingRule.Include::new));
    NAMED.put("date", (r, rule, path) -> new MatchingRule.Date(r.format(rule, path, "date")));
    NAMED.put("time", (r, rule, path) -> new MatchingRule.Time(r.format(rule, path, "time")));
    NAMED.put("timestamp", (r, rule, path) -> new MatchingRule.Timestamp(r.format(rule, path, "timestamp")));
    NAMED.put("datetime", (r, rule, path) -> new MatchingRule.Timestamp(r.format(rule, path, "datetime")));
    NAMED.put("values", (r, rule, path) -> new MatchingRule.Values());
    NAMED.put("eachKey", (r, rule, path) -> new MatchingRule.EachKey(r.nested(rule, path), example(rule)));
    NAMED.put("eachValue", (r, rule, path) -> new MatchingRule.EachValue(r.nested(rule, path), example(rule)));
    NAMED.put("arrayContains", MatchingRuleJsonReader::arrayContains);
    NAMED.put("notEmpty", (r, rule, path) -> new MatchingRule.NotEmpty());
    NAMED.put("semver", (r, rule, path) -> new MatchingRule.Semver());
    NAMED.put("contentType", (r, rule, path) -> present(r.text(rule, path, "image/png"), MatchingRule.ContentType::new));
    NAMED.put("statusCode", MatchingRuleJsonReader::statusCode);
  }

  private static final String NAMES_HINT = "use one of " + String.join(", ", NAMED.keySet());
  private static final List<String> STATUS_CLASSES =
      List.of("information", "success", "redirect", "clientError", "serverError", "nonError", "error");
  private static final List<String> FORMAT_FIELDS = List.of("format", "timestamp", "datetime", "date", "time");
  private static final String FORMAT_HINT = "write a DateTimeFormatter pattern, e.g. \"yyyy-MM-dd'T'HH:mm:ss\"";
  private static final String RULES_HINT = "write \"rules\": [{\"match\": \"type\"}]";
  private static final Wording MATCHER = Wording.of("matcher is", "an object", "write a matcher as {\"match\": \"type\"}");
  private static final Wording MATCH = Wording.of("match is", "a matcher name", NAMES_HINT);
  private static final Wording REGEX =
      Wording.of("regex is", "a string", "add \"regex\": \"\\\\d+\" (the pattern to match)");

  private final ReadContext context;
  private final Problems problems;
  private final MatchingRulesJsonReader rulesReader;
  private final GeneratorsJsonReader generatorsReader;

  MatchingRuleJsonReader(
      ReadContext context, MatchingRulesJsonReader rulesReader, GeneratorsJsonReader generators) {
    this.context = context;
    this.problems = context.problems();
    this.rulesReader = rulesReader;
    this.generatorsReader = generators;
  }

  /** The rule at {@code path}; null when refused. */
  MatchingRule read(JsonNode node, String path) {
    ObjectNode rule = context.object(node, path, MATCHER);
    if (rule == null) {
      return null;
    }
    checkMinMax(rule, path);
    JsonNode matchNode = rule.get("match");
    if (matchNode != null && matchNode.isNull()) {
      problems.note(JsonPaths.field(path, "match"), MATCH.wrong(matchNode), NAMES_HINT);
    }
    if (matchNode != null && !matchNode.isNull() && !matchNode.isTextual()) {
      context.refuse(JsonPaths.field(path, "match"), "a string", matchNode, MATCH);
      return null;
    }
    String match = matchNode == null || matchNode.isNull() ? null : matchNode.textValue();
    if (match == null) {
      return withoutMatch(rule, path);
    }
    Reading reading = NAMED.get(match);
    if (reading != null) {
      return reading.read(this, rule, path);
    }
    problems.note(JsonPaths.field(path, "match"), "unknown matcher \"" + match + "\"", NAMES_HINT);
    return match.equals("min") || match.equals("max") ? type(rule, path) : new MatchingRule.Unknown(match, rule.deepCopy());
  }

  /** V2 and early V3 writers leave out {@code match} when an attribute says it all. */
  private MatchingRule withoutMatch(ObjectNode rule, String path) {
    String matchPath = JsonPaths.field(path, "match");
    String hint = "add \"match\": \"type\" (or another matcher name)";
    boolean minMax = rule.has("min") || rule.has("max");
    boolean attribute = rule.has("regex") || rule.has("timestamp") || rule.has("time") || rule.has("date");
    if (!minMax && !attribute) {
      problems.reject(path, ReadContext.expected("a matcher with a \"match\" field", rule),
          matchPath, Problems.missingMessage("match"), hint);
      return null;
    }
    if (!minMax) {
      problems.note(matchPath, Problems.missingMessage("match"), hint);
    }
    if (rule.has("regex")) {
      return present(context.requiredText(rule, "regex", path), MatchingRule.Regex::new);
    }
    if (minMax) {
      return type(rule, path);
    }
    return rule.has("timestamp") ? new MatchingRule.Timestamp(format(rule, path, null))
        : rule.has("time") ? new MatchingRule.Time(format(rule, path, null))
        : new MatchingRule.Date(format(rule, path, null));
  }

  private MatchingRule type(ObjectNode rule, String path) {
    return new MatchingRule.Type(
        context.optionalInt(rule, "min", path, true), context.optionalInt(rule, "max", path, true));
  }

  /** The validator's check of min and max, on every matcher: non-negative integers, min <= max. */
  private void checkMinMax(ObjectNode rule, String path) {
    Integer min = count(rule, path, "min");
    Integer max = count(rule, path, "max");
    if (min != null && max != null && min > max) {
      problems.note(JsonPaths.field(path, "max"), "min " + min + " is greater than max " + max,
          "make min <= max, or drop max");
    }
  }

  private Integer count(ObjectNode rule, String path, String field) {
    JsonNode value = rule.get(field);
    if (value == null) {
      return null;
    }
    if (!value.isIntegralNumber() || value.asLong() < 0 || !value.canConvertToInt()) {
      problems.note(JsonPaths.field(path, field), field + " is " + Problems.describe(value)
          + ", expected a non-negative integer", "write " + field + " as a whole number such as 1");
      return null;
    }
    return value.asInt();
  }

  private MatchingRule regex(ObjectNode rule, String path) {
    String regex = context.requiredText(rule, "regex", path, REGEX);
    if (regex == null) {
      return null;
    }
    try {
      Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      problems.note(JsonPaths.field(path, "regex"),
          "regex " + quote(regex) + " does not compile: " + e.getDescription() + " near index " + e.getIndex(),
          "use \"match\": \"regex\" with a pattern that compiles, e.g. \"\\\\d+\"");
    }
    return new MatchingRule.Regex(regex);
  }

  /** The {@code value} of include and contentType: text, or a number or boolean as text. */
  private String text(ObjectNode rule, String path, String example) {
    Wording wording = Wording.of("value is", "a string", "add \"value\": \"" + example + "\"");
    JsonNode value = rule.get("value");
    if (value != null && (value.isNumber() || value.isBoolean())) {
      problems.note(JsonPaths.field(path, "value"), wording.wrong(value), wording.wrongHint());
      return value.asText();
    }
    return context.requiredText(rule, "value", path, wording);
  }

  /**
   * The first format attribute; {@code name} is the matcher's name, whose format the validator
   * checks ({@code format}, else the attribute of that name); null when there is no name.
   */
  private String format(ObjectNode rule, String path, String name) {
    String checked = name == null ? null : rule.has("format") ? "format" : name;
    JsonNode checkedValue = checked == null ? null : rule.get(checked);
    String checkedPath = checked == null ? null : JsonPaths.field(path, checked);
    Wording wording = Wording.of(checked + " is", "a string", FORMAT_HINT);
    if (checkedValue != null && checkedValue.isNull()) {
      problems.note(checkedPath, wording.wrong(checkedValue), FORMAT_HINT);
    } else if (checkedValue != null && checkedValue.isTextual()) {
      checkPattern(name, checkedValue.textValue(), checkedPath);
    }
    for (String field : FORMAT_FIELDS) {
      JsonNode value = rule.get(field);
      if (value == null || value.isNull()) {
        continue;
      }
      if (!value.isTextual()) {
        if (field.equals(checked)) {
          context.refuse(JsonPaths.field(path, field), "a string", value, wording);
        } else {
          context.unexpected(JsonPaths.field(path, field), "a string", value);
        }
        return null;
      }
      return value.textValue();
    }
    return null;
  }

  private void checkPattern(String name, String pattern, String path) {
    try {
      DateTimeFormatter.ofPattern(pattern);
    } catch (IllegalArgumentException e) {
      problems.note(path, name + " format " + quote(pattern)
          + " is not a valid DateTimeFormatter pattern: " + e.getMessage(),
          FORMAT_HINT + "; quote literal letters with '");
    }
  }

  private List<MatchingRule> nested(ObjectNode rule, String path) {
    JsonNode rules = rule.get("rules");
    String rulesPath = JsonPaths.field(path, "rules");
    if (rules == null) {
      problems.missing(path, "rules", "add \"rules\": [{\"match\": \"type\"}]");
      return List.of();
    }
    if (!rules.isArray()) {
      String refusal = rules.isNull() ? null : ReadContext.expected("a list of matchers", rules);
      problems.found(rulesPath, refusal, "rules is " + Problems.describe(rules) + ", expected an array", RULES_HINT);
      return List.of();
    }
    List<MatchingRule> list = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      MatchingRule nested = read(rules.get(i), JsonPaths.index(rulesPath, i));
      if (nested != null) {
        list.add(nested);
      }
    }
    return list;
  }

  private MatchingRule arrayContains(ObjectNode rule, String path) {
    JsonNode variants = rule.get("variants");
    String variantsPath = JsonPaths.field(path, "variants");
    if (variants == null || !variants.isArray()) {
      problems.reject(variantsPath, ReadContext.expected("a list of variants", variants),
          "variants is " + Problems.describe(variants) + ", expected an array",
          "add \"variants\": [{\"index\": 0, \"rules\": {}}]");
      return null;
    }
    List<MatchingRule.ArrayContains.Variant> list = new ArrayList<>();
    for (int i = 0; i < variants.size(); i++) {
      MatchingRule.ArrayContains.Variant variant = variant(variants.get(i), JsonPaths.index(variantsPath, i), i);
      if (variant != null) {
        list.add(variant);
      }
    }
    return new MatchingRule.ArrayContains(list);
  }

  private MatchingRule.ArrayContains.Variant variant(JsonNode node, String path, int position) {
    JsonNode index = node.get("index");
    boolean validIndex = index != null && index.isIntegralNumber() && index.asInt() >= 0;
    if (!validIndex) {
      problems.note(JsonPaths.field(path, "index"), "index is " + Problems.describe(index)
          + ", expected a non-negative integer", "write the index of the example element, e.g. 0");
    }
    if (!(node instanceof ObjectNode variant)) {
      problems.rejectNoted(path, ReadContext.expected("an object", node));
      return null;
    }
    Integer at = context.optionalInt(variant, "index", path, !validIndex);
    MatchingRules rules =
        rulesReader.readPaths(Category.BODY, variant.get("rules"), JsonPaths.field(path, "rules"));
    Generators generators =
        generatorsReader.readPaths(Category.BODY, variant.get("generators"), JsonPaths.field(path, "generators"));
    return new MatchingRule.ArrayContains.Variant(at == null ? position : at, rules, generators);
  }

  private MatchingRule statusCode(ObjectNode rule, String path) {
    JsonNode status = rule.get("status");
    String statusPath = JsonPaths.field(path, "status");
    boolean valid = status != null
        && (status.isTextual() && STATUS_CLASSES.contains(status.asText()) || status.isArray() && allIntegers(status));
    if (!valid) {
      problems.note(statusPath, "status is " + Problems.describe(status)
          + ", expected a status class or an array of status codes",
          "use one of " + String.join(", ", STATUS_CLASSES) + ", or a list such as [200, 201]");
    }
    if (status != null && status.isTextual()) {
      return new MatchingRule.StatusCode(status.textValue(), List.of());
    }
    if (status == null || !status.isArray()) {
      refuse(statusPath, ReadContext.expected("a status class or a list of status codes", status), !valid);
      return null;
    }
    List<Integer> codes = new ArrayList<>();
    for (int i = 0; i < status.size(); i++) {
      JsonNode code = status.get(i);
      if (!code.isIntegralNumber() || !code.canConvertToInt()) {
        refuse(JsonPaths.index(statusPath, i), ReadContext.expected("a status code", code), !valid);
        return null;
      }
      codes.add(code.intValue());
    }
    return new MatchingRule.StatusCode(null, codes);
  }

  private void refuse(String path, String refusal, boolean noted) {
    if (noted) {
      problems.rejectNoted(path, refusal);
    } else {
      problems.reject(path, refusal);
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

  private static <T> MatchingRule present(T value, java.util.function.Function<T, MatchingRule> rule) {
    return value == null ? null : rule.apply(value);
  }

  /** The example value pact-rust writes beside eachKey/eachValue rules; null when absent. */
  private static JsonNode example(JsonNode rule) {
    JsonNode value = rule.get("value");
    return value == null ? null : value.deepCopy();
  }

  private static String quote(String text) {
    return TextNode.valueOf(text).toString();
  }
}
