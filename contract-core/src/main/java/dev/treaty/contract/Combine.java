package dev.treaty.contract;

/** How the matchers of one {@link RuleGroup} combine: all must pass, or any one. */
public enum Combine {
  AND,
  OR
}
