package dev.treaty.pact.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.pact.InteractionKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The Pact Broker's merge rule: an interaction of {@code additional} with the same key as one of
 * {@code existing} replaces it (a different request is a conflict), others are appended, per list
 * ({@code interactions}, {@code messages}).
 */
public final class PactMerger {
  private PactMerger() {}

  /** The merged JSON (a new tree) and the descriptions that conflicted, in {@code conflicts}. */
  public static ObjectNode merge(ObjectNode existing, ObjectNode additional, List<String> conflicts) {
    ObjectNode merged = existing.deepCopy();
    for (String key : List.of("interactions", "messages")) {
      JsonNode added = additional.get(key);
      if (added == null || !added.isArray()) {
        continue;
      }
      ArrayNode target = merged.get(key) instanceof ArrayNode array ? array : merged.putArray(key);
      for (JsonNode interaction : added) {
        int index = indexOf(target, InteractionKey.of(interaction));
        if (index < 0) {
          target.add(interaction.deepCopy());
        } else {
          if (!Objects.equals(target.get(index).get("request"), interaction.get("request"))) {
            conflicts.add(interaction.path("description").asText());
          }
          target.set(index, interaction.deepCopy());
        }
      }
    }
    return merged;
  }

  private static int indexOf(ArrayNode interactions, InteractionKey key) {
    for (int i = 0; i < interactions.size(); i++) {
      if (InteractionKey.of(interactions.get(i)).equals(key)) {
        return i;
      }
    }
    return -1;
  }
}
