package dev.treaty.broker.internal.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code _id} of an interaction as Pact clients echo it back in verification results: SHA-1
 * (hex) of the interaction's JSON with {@code _id} removed and keys sorted at every depth.
 */
public final class InteractionIds {
  private InteractionIds() {}

  public static String of(JsonNode interaction) {
    JsonNode withoutId = interaction;
    if (interaction instanceof ObjectNode object && object.has("_id")) {
      ObjectNode copy = object.deepCopy();
      copy.remove("_id");
      withoutId = copy;
    }
    return CanonicalJson.hash("SHA-1", CanonicalJson.write(CanonicalJson.sortKeys(withoutId)));
  }

  /** Sets {@code _id} on every interaction and message of {@code pact} (in place). */
  public static void addTo(ObjectNode pact) {
    for (String key : new String[] {"interactions", "messages"}) {
      JsonNode list = pact.get(key);
      if (list != null && list.isArray()) {
        for (JsonNode interaction : list) {
          if (interaction instanceof ObjectNode object) {
            object.put("_id", of(object));
          }
        }
      }
    }
  }
}
