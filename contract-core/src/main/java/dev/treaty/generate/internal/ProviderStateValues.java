package dev.treaty.generate.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.treaty.contract.Generator;
import dev.treaty.generate.GeneratorException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates a {@code ProviderState} generator's expression ({@code "/orders/${id}"}) against the
 * provider states' values; a whole {@code ${id}} keeps the value's JSON type, {@code dataType} converts.
 */
final class ProviderStateValues {
  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");

  private ProviderStateValues() {}

  static JsonNode evaluate(Generator.ProviderState generator, Map<String, JsonNode> values) {
    String expression = generator.expression();
    String dataType = generator.dataType() == null ? "" : generator.dataType();
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

  private static JsonNode lookUp(String name, String expression, Map<String, JsonNode> values) {
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
}
