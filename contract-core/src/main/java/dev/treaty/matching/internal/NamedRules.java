package dev.treaty.matching.internal;

import dev.treaty.contract.RuleGroup;
import java.util.Map;

/**
 * Rules keyed by a header, query parameter or metadata name; exists to look names up the way each
 * part needs (headers ignore case) and to accept the V2-style {@code $.name} keys as well.
 */
public final class NamedRules {
  private final Map<String, RuleGroup> rules;
  private final boolean ignoreCase;

  public NamedRules(Map<String, RuleGroup> rules, boolean ignoreCase) {
    this.rules = rules;
    this.ignoreCase = ignoreCase;
  }

  /** The rule group for {@code name}, or null. */
  public RuleGroup find(String name) {
    if (rules.isEmpty()) {
      return null;
    }
    RuleGroup exact = rules.get(name);
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<String, RuleGroup> e : rules.entrySet()) {
      String key = strip(e.getKey());
      if (ignoreCase ? key.equalsIgnoreCase(name) : key.equals(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  private static String strip(String key) {
    String k = key;
    if (k.startsWith("$.")) {
      k = k.substring(2);
    } else if (k.startsWith("$['") && k.endsWith("']")) {
      k = k.substring(3, k.length() - 2);
    }
    int bracket = k.indexOf('[');
    return bracket > 0 ? k.substring(0, bracket) : k;
  }

  /** The single group of a single-valued category (path, method, status), or null. */
  public RuleGroup single() {
    return rules.isEmpty() ? null : rules.values().iterator().next();
  }
}
