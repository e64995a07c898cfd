package dev.treaty.broker.internal.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Merges a pact into the one already published for the same consumer version and provider (PATCH
 * and {@code onConflict: merge}): an interaction with the same description and provider state
 * replaces the old one, others are appended. A replaced interaction whose request changed is a
 * conflict (the Pact Broker's rule): the two pacts disagree about the same interaction.
 */
public final class PactMerge {
  private PactMerge() {}

  /** The merged pact and the interactions that conflicted (by description). */
  public record Result(ObjectNode pact, List<String> conflicts) {}

  public static Result merge(ObjectNode existing, ObjectNode additional) {
    ObjectNode merged = existing.deepCopy();
    List<String> conflicts = new ArrayList<>();
    for (String key : List.of("interactions", "messages")) {
      JsonNode added = additional.get(key);
      if (added == null || !added.isArray()) {
        continue;
      }
      ArrayNode target = merged.get(key) instanceof ArrayNode array ? array : merged.putArray(key);
      for (JsonNode interaction : added) {
        int index = indexOfSame(target, interaction);
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
    return new Result(merged, List.copyOf(conflicts));
  }

  private static int indexOfSame(ArrayNode interactions, JsonNode interaction) {
    for (int i = 0; i < interactions.size(); i++) {
      JsonNode candidate = interactions.get(i);
      if (Objects.equals(candidate.get("description"), interaction.get("description"))
          && Objects.equals(candidate.get("providerState"), interaction.get("providerState"))
          && Objects.equals(candidate.get("providerStates"), interaction.get("providerStates"))) {
        return i;
      }
    }
    return -1;
  }
}
