package dev.treaty.broker.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Says in words how two pacts differ, interaction by interaction, for the 409 notice. */
final class PactDiff {
  private PactDiff() {}

  static String describe(ObjectNode before, ObjectNode after) {
    Map<String, JsonNode> old = byKey(before);
    Map<String, JsonNode> now = byKey(after);
    List<String> added = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    now.forEach((key, interaction) -> {
      if (!old.containsKey(key)) {
        added.add(key);
      } else if (!withoutId(old.get(key)).equals(withoutId(interaction))) {
        changed.add(key);
      }
    });
    old.keySet().stream().filter(key -> !now.containsKey(key)).forEach(removed::add);
    StringBuilder text = new StringBuilder("Differences from the published pact:");
    append(text, "changed", changed);
    append(text, "added", added);
    append(text, "removed", removed);
    if (changed.isEmpty() && added.isEmpty() && removed.isEmpty()) {
      text.append(" the interactions are the same; the pact specification version differs");
    }
    return text.toString();
  }

  private static void append(StringBuilder text, String what, List<String> keys) {
    if (!keys.isEmpty()) {
      text.append("\n  ").append(what).append(": ").append(String.join(", ", keys));
    }
  }

  private static Map<String, JsonNode> byKey(ObjectNode pact) {
    Map<String, JsonNode> interactions = new LinkedHashMap<>();
    for (String list : new String[] {"interactions", "messages"}) {
      for (JsonNode interaction : pact.path(list)) {
        interactions.put(key(interaction), interaction);
      }
    }
    return interactions;
  }

  private static String key(JsonNode interaction) {
    StringBuilder key = new StringBuilder("\"").append(interaction.path("description").asText()).append('"');
    JsonNode state = interaction.has("providerStates") ? interaction.get("providerStates") : interaction.get("providerState");
    if (state != null && (state.isTextual() ? !state.asText().isEmpty() : state.isArray() && !state.isEmpty())) {
      key.append(" (given ").append(state.isTextual() ? state.asText() : states(state)).append(')');
    }
    return key.toString();
  }

  private static String states(JsonNode states) {
    List<String> names = new ArrayList<>();
    states.forEach(s -> names.add(s.path("name").asText()));
    return String.join(" and ", names);
  }

  private static JsonNode withoutId(JsonNode interaction) {
    if (interaction instanceof ObjectNode object && object.has("_id")) {
      ObjectNode copy = object.deepCopy();
      copy.remove("_id");
      return copy;
    }
    return Objects.requireNonNull(interaction);
  }
}
