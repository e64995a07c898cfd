package dev.treaty.matching.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.contract.Combine;
import dev.treaty.contract.MatchingRule;
import dev.treaty.contract.RuleGroup;
import dev.treaty.matching.Mismatch;
import dev.treaty.matching.Part;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies a rule group (AND/OR) to one value and records mismatches; exists so that bodies,
 * headers, query, path and metadata combine matchers the same way.
 */
public final class RuleGroups {
  private RuleGroups() {}

  /**
   * The rules of {@code group} that apply to a value: rules inherited from an ancestor apply to a
   * container only when they are about types; equality on a container means "compare as usual".
   */
  public static List<MatchingRule> effective(RuleGroup group, boolean exact, boolean container) {
    List<MatchingRule> rules = group.rules();
    boolean keepAll = true;
    for (MatchingRule r : rules) {
      if (!keeps(r, exact, container)) {
        keepAll = false;
        break;
      }
    }
    if (keepAll) {
      return rules;
    }
    List<MatchingRule> kept = new ArrayList<>(rules.size());
    for (MatchingRule r : rules) {
      if (keeps(r, exact, container)) {
        kept.add(r);
      }
    }
    return kept;
  }

  private static boolean keeps(MatchingRule r, boolean exact, boolean container) {
    if (r instanceof MatchingRule.Equality) {
      return !container;
    }
    boolean structural = r instanceof MatchingRule.EachKey
        || r instanceof MatchingRule.EachValue
        || r instanceof MatchingRule.ArrayContains;
    if (container) {
      return exact || r instanceof MatchingRule.Type || r instanceof MatchingRule.Values;
    }
    return exact || !structural;
  }

  /**
   * Checks {@code actual} against {@code rules}; records one mismatch per failing rule (AND) or
   * one for the whole group when no rule passes (OR). Returns whether the value passed.
   *
   * @param path the location to report, rendered only on failure when null (then {@code stack})
   */
  public static boolean apply(
      List<MatchingRule> rules, Combine combine, JsonNode expected, JsonNode actual,
      boolean textual, boolean exact, Part part, PathStack stack, String path, List<Mismatch> out) {
    if (combine == Combine.OR && rules.size() > 1) {
      List<ValueMatcher.Failure> failures = new ArrayList<>();
      for (MatchingRule rule : rules) {
        ValueMatcher.Failure f = ValueMatcher.check(rule, expected, actual, textual, exact);
        if (f == null) {
          return true;
        }
        failures.add(f);
      }
      String where = path != null ? path : stack.render();
      out.add(new Mismatch(part, where,
          String.join(" or ", failures.stream().map(ValueMatcher.Failure::expected).toList()),
          failures.get(0).actual(),
          String.join(" or ", rules.stream().map(MatchingRule::name).toList())));
      return false;
    }
    boolean ok = true;
    for (MatchingRule rule : rules) {
      ValueMatcher.Failure f = ValueMatcher.check(rule, expected, actual, textual, exact);
      if (f != null) {
        ok = false;
        out.add(new Mismatch(part, path != null ? path : stack.render(), f.expected(), f.actual(), rule.name()));
      }
    }
    return ok;
  }

  /** Whether some rule in the list is about types (so array lengths may differ). */
  public static boolean hasTypeRule(List<MatchingRule> rules) {
    for (MatchingRule r : rules) {
      if (r instanceof MatchingRule.Type || r instanceof MatchingRule.Values
          || r instanceof MatchingRule.NotEmpty) {
        return true;
      }
    }
    return false;
  }
}
