package dev.treaty.contract;

import java.util.List;
import java.util.Objects;

/** The matchers that apply at one path of one category, with how they combine. */
public record RuleGroup(List<MatchingRule> rules, Combine combine) {

  public RuleGroup {
    rules = List.copyOf(rules);
    Objects.requireNonNull(combine, "combine");
  }

  /** A group of matchers that must all pass. */
  public static RuleGroup of(MatchingRule... rules) {
    return new RuleGroup(List.of(rules), Combine.AND);
  }

  /** A group of matchers of which at least one must pass. */
  public static RuleGroup anyOf(MatchingRule... rules) {
    return new RuleGroup(List.of(rules), Combine.OR);
  }

  public boolean isEmpty() {
    return rules.isEmpty();
  }
}
