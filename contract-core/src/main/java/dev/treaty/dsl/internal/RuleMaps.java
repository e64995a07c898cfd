package dev.treaty.dsl.internal;

import dev.treaty.contract.Category;
import dev.treaty.contract.Generator;
import dev.treaty.contract.Generators;
import dev.treaty.contract.MatchingRules;
import dev.treaty.contract.RuleGroup;
import java.util.Map;

/** Combines the rules and generators that the builders collect per part into the model's maps. */
public final class RuleMaps {
  private RuleMaps() {}

  /** {@code base} with {@code rules} added under {@code category}. */
  public static MatchingRules with(MatchingRules base, Category category, Map<String, RuleGroup> rules) {
    MatchingRules out = base;
    for (Map.Entry<String, RuleGroup> e : rules.entrySet()) {
      out = out.with(category, e.getKey(), e.getValue());
    }
    return out;
  }

  /** {@code base} with {@code generators} added under {@code category}. */
  public static Generators with(Generators base, Category category, Map<String, Generator> generators) {
    Generators out = base;
    for (Map.Entry<String, Generator> e : generators.entrySet()) {
      out = out.with(category, e.getKey(), e.getValue());
    }
    return out;
  }

  /** The rules of {@code a} and {@code b}; {@code b} wins where both have a path. */
  public static MatchingRules merge(MatchingRules a, MatchingRules b) {
    MatchingRules out = a;
    for (var category : b.categories().entrySet()) {
      out = with(out, category.getKey(), category.getValue());
    }
    return out;
  }

  /** The generators of {@code a} and {@code b}; {@code b} wins where both have a path. */
  public static Generators merge(Generators a, Generators b) {
    Generators out = a;
    for (var category : b.categories().entrySet()) {
      out = with(out, category.getKey(), category.getValue());
    }
    return out;
  }
}
