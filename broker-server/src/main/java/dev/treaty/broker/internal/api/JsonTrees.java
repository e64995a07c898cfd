package dev.treaty.broker.internal.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.JsonLimits;
import java.util.Locale;

/**
 * The broker's one JSON mapper (with contract-core's {@link JsonLimits}, so the broker and the pact
 * reader agree on them), and JSON type names for error messages; free of any web framework.
 */
public final class JsonTrees {
  public static final ObjectMapper MAPPER = JsonLimits.newMapper();

  private JsonTrees() {}

  /** Compact JSON text of {@code node}. */
  public static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Compact JSON of {@code node} as UTF-8 bytes: for replies, one copy fewer than {@link #write} and its encoding. */
  public static byte[] writeBytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A JSON type name for messages: {@code an array}, {@code a string}, ... */
  public static String kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL, MISSING -> "null";
      default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
    };
  }
}
