package dev.treaty.dsl.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.contract.MatchingRule;
import dev.treaty.path.internal.JsonPaths;
import java.util.Map;

/**
 * Turns an example document (from a record or POJO) into type rules: every leaf matched by type,
 * every non-empty array as "each like its first element, at least one".
 */
public final class ExampleTypes {
  private ExampleTypes() {}

  /** Adds type rules for {@code example}, which sits at {@code path}, to {@code rules}. */
  public static void addTypeRules(JsonNode example, String path, JsonRules rules) {
    if (example.isObject()) {
      for (Map.Entry<String, JsonNode> field : example.properties()) {
        addTypeRules(field.getValue(), JsonPaths.field(path, field.getKey()), rules);
      }
    } else if (example.isArray()) {
      if (example.isEmpty()) {
        rules.add(path, MatchingRule.Type.any());
      } else {
        rules.add(path, new MatchingRule.Type(1, null));
        addTypeRules(example.get(0), path + "[*]", rules);
      }
    } else {
      rules.add(path, MatchingRule.Type.any());
    }
  }
}
