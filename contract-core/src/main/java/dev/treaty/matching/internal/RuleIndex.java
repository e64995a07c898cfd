package dev.treaty.matching.internal;

import dev.treaty.contract.RuleGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The body rules of one message compiled once: parsed paths in declaration order. Exists so that
 * selecting the rule for a location is a scan over pre-parsed paths with no string building.
 */
public final class RuleIndex {
  /** An index without rules. */
  public static final RuleIndex EMPTY = new RuleIndex(List.of());

  private final JsonPathExpression[] paths;
  private final RuleGroup[] groups;

  private RuleIndex(List<Map.Entry<JsonPathExpression, RuleGroup>> entries) {
    paths = new JsonPathExpression[entries.size()];
    groups = new RuleGroup[entries.size()];
    for (int i = 0; i < paths.length; i++) {
      paths[i] = entries.get(i).getKey();
      groups[i] = entries.get(i).getValue();
    }
  }

  /** Compiles rules keyed by path; for XML, index tokens are dropped from the paths. */
  public static RuleIndex of(Map<String, RuleGroup> rules, boolean xml) {
    if (rules.isEmpty()) {
      return EMPTY;
    }
    List<Map.Entry<JsonPathExpression, RuleGroup>> entries = new ArrayList<>();
    rules.forEach(
        (path, group) -> {
          if (!group.isEmpty()) {
            JsonPathExpression expression = JsonPathExpression.parse(path);
            entries.add(Map.entry(xml ? expression.withoutIndexTokens() : expression, group));
          }
        });
    return new RuleIndex(entries);
  }

  public boolean isEmpty() {
    return paths.length == 0;
  }

  /**
   * The rule that applies at {@code path}: the heaviest; among equal weights the longest path
   * (the most specific); null when none applies.
   */
  public Selected select(PathStack path) {
    int best = -1;
    int bestWeight = 0;
    for (int i = 0; i < paths.length; i++) {
      int weight = paths[i].weight(path);
      if (weight > bestWeight
          || (weight > 0 && weight == bestWeight && paths[i].length() > paths[best].length())) {
        best = i;
        bestWeight = weight;
      }
    }
    return best < 0 ? null : new Selected(groups[best], paths[best].length() == path.depth());
  }

  /** A cursor that walks a document with this index, selecting rules incrementally. */
  public RuleCursor cursor() {
    return new RuleCursor(paths, groups);
  }

  /**
   * A selected rule group.
   *
   * @param exact whether the rule was written for this very location (not inherited from an
   *     ancestor); array length limits apply only there
   */
  public record Selected(RuleGroup group, boolean exact) {}
}
