package dev.treaty.matching.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.contract.RuleGroup;
import dev.treaty.matching.Mismatch;
import dev.treaty.matching.Part;
import java.util.List;
import java.util.Map;

/** Matches message metadata: expected keys present, rules by key, equality otherwise. */
public final class MetadataMatcher {
  private MetadataMatcher() {}

  public static void match(
      Map<String, JsonNode> expected, Map<String, JsonNode> actual, NamedRules rules, List<Mismatch> out) {
    for (Map.Entry<String, JsonNode> entry : expected.entrySet()) {
      String key = entry.getKey();
      JsonNode e = entry.getValue();
      JsonNode a = find(actual, key);
      if (a == null) {
        out.add(new Mismatch(Part.METADATA, key, MismatchDescriptions.value(e), "nothing (key missing)", "equality"));
        continue;
      }
      RuleGroup group = rules.find(key);
      if (group != null && !group.isEmpty()) {
        RuleGroups.apply(RuleGroups.effective(group, true, false), group.combine(), e, a, true, true,
            Part.METADATA, null, key, out);
      } else if (!equal(key, e, a)) {
        out.add(new Mismatch(Part.METADATA, key, MismatchDescriptions.value(e), MismatchDescriptions.value(a),
            "equality"));
      }
    }
  }

  private static JsonNode find(Map<String, JsonNode> actual, String key) {
    JsonNode exact = actual.get(key);
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<String, JsonNode> e : actual.entrySet()) {
      if (e.getKey().equalsIgnoreCase(key)) {
        return e.getValue();
      }
    }
    return null;
  }

  private static boolean equal(String key, JsonNode e, JsonNode a) {
    if (JsonValues.equal(e, a)) {
      return true;
    }
    if (e.isValueNode() && a.isValueNode() && e.asText().equals(a.asText())) {
      return true;
    }
    if (key.equalsIgnoreCase("contentType") || key.equalsIgnoreCase("content-type")) {
      return HeaderMatcher.valuesMatch("content-type", e.asText(), a.asText());
    }
    return false;
  }
}
