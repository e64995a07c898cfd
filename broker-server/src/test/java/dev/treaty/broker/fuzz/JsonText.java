package dev.treaty.broker.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Map;

/**
 * Writes a mutated JSON tree as text, including what Jackson would not write: a lone surrogate
 * becomes the escape {@code \ud800} (valid JSON text that decodes to no valid string), and a
 * {@linkplain #splice spliced} placeholder becomes its raw text (nesting 100,000 deep, {@code 1e400}).
 */
final class JsonText {
  private static final ObjectMapper WRITER = new ObjectMapper();

  static {
    WRITER.getFactory().setStreamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build());
  }

  private JsonText() {}

  /** A string node standing for {@code raw} JSON text, registered in {@code splices}. */
  static TextNode splice(Map<String, String> splices, String raw) {
    String key = "@@splice-" + splices.size() + "@@";
    splices.put(key, raw);
    return TextNode.valueOf(key);
  }

  static String write(JsonNode node, Map<String, String> splices) {
    String text;
    try {
      text = WRITER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    for (Map.Entry<String, String> splice : splices.entrySet()) {
      text = text.replace("\"" + splice.getKey() + "\"", splice.getValue());
    }
    return escapeLoneSurrogates(text);
  }

  private static String escapeLoneSurrogates(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lone = Character.isHighSurrogate(c) ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
          : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
      if (lone && out == null) {
        out = new StringBuilder(text.substring(0, i));
      }
      if (out != null) {
        out.append(lone ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return out == null ? text : out.toString();
  }
}
