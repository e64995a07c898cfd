package dev.treaty.broker.internal.publishing;

import dev.treaty.pact.InteractionKey;
import dev.treaty.pact.PactDocument;
import dev.treaty.pact.PactInteraction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Says in words how two pacts differ, interaction by interaction, for the 409 notice. */
final class PactDiff {
  private PactDiff() {}

  static String describe(PactDocument before, PactDocument after) {
    Map<InteractionKey, String> old = idsByKey(before);
    Map<InteractionKey, String> now = idsByKey(after);
    List<String> added = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    now.forEach((key, id) -> {
      if (!old.containsKey(key)) {
        added.add(key.toString());
      } else if (!old.get(key).equals(id)) {
        changed.add(key.toString());
      }
    });
    old.keySet().stream().filter(key -> !now.containsKey(key)).forEach(key -> removed.add(key.toString()));
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

  /** Each interaction's content id ({@code _id} ignored) by its key; a later duplicate key wins. */
  private static Map<InteractionKey, String> idsByKey(PactDocument pact) {
    Map<InteractionKey, String> interactions = new LinkedHashMap<>();
    for (PactInteraction interaction : pact.interactions()) {
      interactions.put(interaction.key(), interaction.id());
    }
    return interactions;
  }
}
