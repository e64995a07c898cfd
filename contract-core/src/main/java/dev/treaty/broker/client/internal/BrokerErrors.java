package dev.treaty.broker.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads a broker's error body ({@code {"errors": {...}}} or {@code [...]}, plus notices) as lines for messages. */
public final class BrokerErrors {
  private BrokerErrors() {}

  /** The errors of {@code body}: {@code field: message} per field error, the text of each plain one. */
  public static List<String> of(JsonNode body) {
    List<String> lines = new ArrayList<>();
    if (body == null) {
      return lines;
    }
    JsonNode errors = body.path("errors");
    if (errors.isObject()) {
      errors.fields().forEachRemaining(e -> {
        if (e.getValue().isArray()) {
          e.getValue().forEach(m -> lines.add(e.getKey() + ": " + text(m)));
        } else {
          lines.add(e.getKey() + ": " + text(e.getValue()));
        }
      });
    } else if (errors.isArray()) {
      errors.forEach(m -> lines.add(text(m)));
    } else if (errors.isTextual()) {
      lines.add(errors.asText());
    }
    for (JsonNode notice : body.path("notices")) {
      String type = notice.path("type").asText("");
      if (type.equals("error") || type.equals("danger")) {
        lines.add(notice.path("text").asText());
      }
    }
    if (lines.isEmpty() && body.hasNonNull("detail")) {
      lines.add(body.get("detail").asText());
    }
    return lines;
  }

  private static String text(JsonNode node) {
    return node.isTextual() ? node.asText() : node.toString();
  }
}
