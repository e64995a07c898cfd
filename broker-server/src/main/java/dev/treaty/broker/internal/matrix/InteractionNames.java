package dev.treaty.broker.internal.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.pact.PactDocument;
import dev.treaty.pact.PactInteraction;
import java.util.HashMap;
import java.util.Map;

/**
 * The descriptions of a pact's interactions by their {@code _id}: verifiers that report only an
 * {@code interactionId} (the Rust verifier) still get a failing interaction named in the reason.
 */
final class InteractionNames {
  private final Map<String, Map<String, String>> bySha = new HashMap<>();

  /** {@code contents}: pact JSON by content SHA. */
  InteractionNames(Map<String, String> contents) {
    contents.forEach((sha, content) -> bySha.put(sha, describe(content)));
  }

  /** The description of interaction {@code id} in content {@code sha}, or null. */
  String of(String sha, String id) {
    return bySha.getOrDefault(sha, Map.of()).get(id);
  }

  private static Map<String, String> describe(String content) {
    Map<String, String> names = new HashMap<>();
    try {
      for (PactInteraction interaction : PactDocument.parse(content).interactions()) {
        JsonNode description = interaction.json().get("description");
        if (description != null && !description.isNull()) {
          names.put(interaction.id(), description.asText());
        }
      }
    } catch (RuntimeException e) {
      // stored content is a pact; an unreadable one simply has no names
    }
    return names;
  }
}
