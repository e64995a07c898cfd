package dev.treaty.verify.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.treaty.contract.Generator;
import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Produces the value of one generator at replay time, as Pact defines the generator types; exists
 * so that request building does not need to know the types. Unknown types, {@code Regex} and
 * {@code MockServerURL} keep the contract's example (which already satisfies the rule).
 */
final class GeneratedValues {
  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
  private static final String ALPHANUMERIC =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  private GeneratedValues() {}

  /** The value for {@code generator} replacing {@code example}, with provider-state {@code values}. */
  static JsonNode generate(Generator generator, JsonNode example, Map<String, JsonNode> values)
      throws GeneratorException {
    Map<String, JsonNode> a = generator.attributes();
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return switch (generator.type()) {
      case "ProviderState" -> providerState(text(a, "expression", ""), text(a, "dataType", ""), values);
      case "RandomInt" -> IntNode.valueOf(
          random.nextInt(integer(a, "min", 0), Math.max(integer(a, "min", 0), integer(a, "max", 2_147_483_646)) + 1));
      case "RandomDecimal" -> DecimalNode.valueOf(randomDecimal(integer(a, "digits", 6)));
      case "RandomHexadecimal" -> TextNode.valueOf(randomText("0123456789abcdef", integer(a, "digits", 8)));
      case "RandomString" -> TextNode.valueOf(randomText(ALPHANUMERIC, integer(a, "size", 20)));
      case "RandomBoolean" -> BooleanNode.valueOf(random.nextBoolean());
      case "Uuid" -> TextNode.valueOf(uuid(text(a, "format", "lower-case-hyphenated")));
      case "Date" -> TextNode.valueOf(ZonedDateTime.now().format(format(a, "yyyy-MM-dd")));
      case "Time" -> TextNode.valueOf(ZonedDateTime.now().format(format(a, "HH:mm:ss")));
      case "DateTime", "Timestamp" ->
          TextNode.valueOf(ZonedDateTime.now().format(format(a, "yyyy-MM-dd'T'HH:mm:ss")));
      default -> example;
    };
  }

  private static JsonNode providerState(String expression, String dataType, Map<String, JsonNode> values)
      throws GeneratorException {
    Matcher whole = EXPRESSION.matcher(expression);
    if (whole.matches()) {
      return convert(lookUp(whole.group(1), expression, values), dataType);
    }
    Matcher m = EXPRESSION.matcher(expression);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      JsonNode value = lookUp(m.group(1), expression, values);
      m.appendReplacement(sb, Matcher.quoteReplacement(value.isTextual() ? value.textValue() : value.toString()));
    }
    m.appendTail(sb);
    return convert(TextNode.valueOf(sb.toString()), dataType);
  }

  private static JsonNode lookUp(String name, String expression, Map<String, JsonNode> values)
      throws GeneratorException {
    JsonNode value = values.get(name.trim());
    if (value == null || value.isMissingNode()) {
      throw new GeneratorException("no provider state value \"" + name.trim() + "\" for expression \""
          + expression + "\"; the states' params and setup results have " + values.keySet()
          + "; return it from the state handler or add it to the state's params");
    }
    return value;
  }

  private static JsonNode convert(JsonNode value, String dataType) {
    String text = value.isTextual() ? value.textValue() : value.toString();
    try {
      return switch (dataType) {
        case "INTEGER" -> LongNode.valueOf(Long.parseLong(text.trim()));
        case "DECIMAL", "FLOAT" -> DecimalNode.valueOf(new BigDecimal(text.trim()));
        case "BOOLEAN" -> BooleanNode.valueOf(Boolean.parseBoolean(text.trim()));
        case "STRING" -> TextNode.valueOf(text);
        default -> value;
      };
    } catch (NumberFormatException e) {
      return value;
    }
  }

  private static BigDecimal randomDecimal(int digits) {
    int n = Math.max(2, digits);
    String d = randomText("0123456789", n - 1);
    String whole = String.valueOf(1 + ThreadLocalRandom.current().nextInt(9));
    return new BigDecimal(whole + "." + d);
  }

  private static String randomText(String alphabet, int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  private static String uuid(String format) {
    String u = UUID.randomUUID().toString();
    return switch (format) {
      case "simple" -> u.replace("-", "");
      case "upper-case-hyphenated" -> u.toUpperCase(java.util.Locale.ROOT);
      case "URN" -> "urn:uuid:" + u;
      default -> u;
    };
  }

  private static DateTimeFormatter format(Map<String, JsonNode> a, String fallback) {
    String pattern = text(a, "format", fallback);
    try {
      return DateTimeFormatter.ofPattern(pattern);
    } catch (IllegalArgumentException e) {
      return DateTimeFormatter.ofPattern(fallback);
    }
  }

  private static String text(Map<String, JsonNode> a, String name, String fallback) {
    JsonNode n = a.get(name);
    return n != null && n.isTextual() ? n.textValue() : fallback;
  }

  private static int integer(Map<String, JsonNode> a, String name, int fallback) {
    JsonNode n = a.get(name);
    return n != null && n.canConvertToInt() ? n.intValue() : fallback;
  }
}
