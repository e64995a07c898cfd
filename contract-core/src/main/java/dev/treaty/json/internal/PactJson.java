package dev.treaty.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.treaty.JsonLimits;
import dev.treaty.json.ContractParseException;

/**
 * The one configured Jackson mapper of the JSON layer (with the {@link JsonLimits}), and
 * text-to-tree parsing with locations.
 */
public final class PactJson {
  public static final ObjectMapper MAPPER =
      JsonLimits.newMapper()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  public static final JsonNodeFactory NODES = MAPPER.getNodeFactory();

  private static final PactPrettyPrinter PRETTY = new PactPrettyPrinter();

  private PactJson() {}

  /** {@code node} as pretty-printed JSON: two-space indent, {@code "key": value}, final newline. */
  public static String pretty(JsonNode node) {
    try {
      return MAPPER.writer(PRETTY).writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Parses {@code json} (a leading byte-order mark is skipped) into a tree; text past the
   * {@link JsonLimits} is invalid JSON.
   */
  public static JsonNode parse(String json, String source) {
    String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
    JsonNode node;
    try {
      node = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      int line = at == null ? -1 : at.getLineNr();
      int column = at == null ? -1 : at.getColumnNr();
      throw new ContractParseException(source, "", line, column, "invalid JSON: " + JsonLimits.describe(e));
    }
    if (node == null || node.isMissingNode()) {
      throw new ContractParseException(source, "", "invalid JSON: the document is empty");
    }
    JsonLimits.firstNumberOutOfRange(node).ifPresent(path -> {
      throw new ContractParseException(source, "", "invalid JSON: " + JsonLimits.numberOutOfRange(path));
    });
    return node;
  }
}
