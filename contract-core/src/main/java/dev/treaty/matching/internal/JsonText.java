package dev.treaty.matching.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.contract.internal.JsonMappers;

/** Parses JSON text that arrived in a non-JSON body; exists to keep the one mapper in one place. */
public final class JsonText {
  private static final ObjectMapper MAPPER = JsonMappers.DATA;

  private JsonText() {}

  /** The parsed tree, or null when the text is not JSON. */
  public static JsonNode parse(String text) {
    try {
      JsonNode node = MAPPER.readTree(text);
      return node == null || node.isMissingNode() ? null : node;
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  public static boolean isJson(String text) {
    return parse(text) != null;
  }
}
