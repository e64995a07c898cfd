package dev.treaty.dsl.internal;

import dev.treaty.contract.Generator;
import dev.treaty.contract.MatchingRule;
import dev.treaty.contract.RuleGroup;
import dev.treaty.dsl.MatchedValue;
import java.util.LinkedHashMap;
import java.util.Map;

/** Collects the rules and generators of one JSON document while nested builders fill it in. */
public final class JsonRules {
  private final Map<String, RuleGroup> rules = new LinkedHashMap<>();
  private final Map<String, Generator> generators = new LinkedHashMap<>();

  /** Records the rules and generator of {@code value}, placed at {@code path}. */
  public void add(String path, MatchedValue value) {
    if (value.rules() != null && !value.rules().isEmpty()) {
      rules.put(path, value.rules());
    }
    if (value.generator() != null) {
      generators.put(path, value.generator());
    }
  }

  /** Records one rule group at {@code path}. */
  public void add(String path, RuleGroup group) {
    rules.put(path, group);
  }

  /** Records {@code rule} at {@code path}. */
  public void add(String path, MatchingRule rule) {
    rules.put(path, RuleGroup.of(rule));
  }

  public Map<String, RuleGroup> rules() {
    return rules;
  }

  public Map<String, Generator> generators() {
    return generators;
  }
}
