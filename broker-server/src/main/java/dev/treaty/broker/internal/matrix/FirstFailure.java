package dev.treaty.broker.internal.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.broker.internal.api.JsonTrees;
import java.io.IOException;

/**
 * The first failing interaction of a stored verification and its first mismatch, read from the
 * {@code testResults} the verifier published (Treaty, pact-jvm and the Rust verifier all send
 * {@code [{interactionDescription?, interactionId?, success, mismatches: [{attribute, identifier,
 * description}], exceptions: [{message}]}]}).
 */
record FirstFailure(String interaction, String problem, int failingInteractions) {
  /**
   * Empty when the results say nothing about which interaction failed; {@code nameOfId} names an
   * interaction the verifier reported only by {@code interactionId} (null when unknown).
   */
  static java.util.Optional<FirstFailure> of(String testResultsJson, java.util.function.UnaryOperator<String> nameOfId) {
    JsonNode results = parse(testResultsJson);
    if (results == null || !results.isArray()) {
      return java.util.Optional.empty();
    }
    JsonNode first = null;
    int failing = 0;
    for (JsonNode result : results) {
      if (result.path("success").isBoolean() && !result.path("success").asBoolean()) {
        failing++;
        if (first == null) {
          first = result;
        }
      }
    }
    if (first == null) {
      return java.util.Optional.empty();
    }
    String id = text(first, "interactionId");
    String interaction = text(first, "interactionDescription");
    if (interaction == null && id != null) {
      interaction = nameOfId.apply(id);
    }
    if (interaction == null) {
      interaction = id == null ? "an interaction" : "interaction " + id;
    } else {
      interaction = "'" + interaction + "'";
    }
    return java.util.Optional.of(new FirstFailure(interaction, problem(first), failing));
  }

  private static String problem(JsonNode result) {
    JsonNode mismatch = result.path("mismatches").path(0);
    if (mismatch.isObject()) {
      StringBuilder text = new StringBuilder();
      append(text, text(mismatch, "attribute"));
      append(text, text(mismatch, "identifier"));
      append(text, firstLine(text(mismatch, "description")));
      if (text.length() > 0) {
        return text.toString();
      }
    }
    String exception = text(result.path("exceptions").path(0), "message");
    return exception == null ? null : "error: " + firstLine(exception);
  }

  private static void append(StringBuilder text, String part) {
    if (part != null && !part.isBlank()) {
      text.append(text.length() == 0 ? "" : " ").append(part);
    }
  }

  private static String firstLine(String text) {
    if (text == null) {
      return null;
    }
    String line = text.strip().split("\\R", 2)[0];
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static JsonNode parse(String json) {
    if (json == null) {
      return null;
    }
    try {
      return JsonTrees.MAPPER.readTree(json);
    } catch (IOException e) {
      return null;
    }
  }
}
