package dev.treaty.matching.internal;

import static dev.treaty.matching.internal.MismatchDescriptions.count;
import static dev.treaty.matching.internal.MismatchDescriptions.literal;
import static dev.treaty.matching.internal.MismatchDescriptions.quoted;
import static dev.treaty.matching.internal.MismatchDescriptions.value;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.treaty.contract.Combine;
import dev.treaty.contract.MatchingRule;
import dev.treaty.contract.RuleGroup;
import dev.treaty.matching.Mismatch;
import dev.treaty.matching.Part;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Deep comparison of two JSON trees under body rules; exists as the one JSON walker. Objects by key
 * (unexpected keys fail only when not allowed), arrays by index unless a type rule lets their
 * lengths differ, values by equality or their rules.
 */
public final class JsonBodyMatcher {
  private final RuleIndex rules;
  private final boolean allowUnexpectedKeys;
  private final Part part;
  private final List<Mismatch> out;
  private final RuleCursor path;

  private JsonBodyMatcher(RuleIndex rules, boolean allowUnexpectedKeys, Part part, List<Mismatch> out) {
    this.rules = rules;
    this.allowUnexpectedKeys = allowUnexpectedKeys;
    this.part = part;
    this.out = out;
    this.path = rules.cursor();
  }

  /** Compares {@code actual} with {@code expected} from the root, adding mismatches to {@code out}. */
  public static void match(
      JsonNode expected, JsonNode actual, RuleIndex rules, boolean allowUnexpectedKeys, Part part,
      List<Mismatch> out) {
    new JsonBodyMatcher(rules, allowUnexpectedKeys, part, out).compare(expected, actual);
  }

  private void compare(JsonNode e, JsonNode a) {
    RuleIndex.Selected selected = rules.isEmpty() ? null : path.select();
    if (e.isObject() && a.isObject()) {
      compareObjects(e, a, selected);
    } else if (e.isArray() && a.isArray()) {
      compareArrays(e, a, selected);
    } else {
      compareValues(e, a, selected);
    }
  }

  private void compareValues(JsonNode e, JsonNode a, RuleIndex.Selected selected) {
    List<MatchingRule> effective = selected == null ? List.of()
        : RuleGroups.effective(selected.group(), selected.exact(), e.isContainerNode());
    if (effective.isEmpty()) {
      if (!JsonValues.equal(e, a)) {
        out.add(new Mismatch(part, path.path().render(), value(e), value(a), "equality"));
      }
      return;
    }
    RuleGroups.apply(effective, selected.group().combine(), e, a, false, selected.exact(), part, path.path(), null, out);
  }

  private void compareObjects(JsonNode e, JsonNode a, RuleIndex.Selected selected) {
    List<MatchingRule> effective = selected == null ? List.of()
        : RuleGroups.effective(selected.group(), selected.exact(), true);
    MatchingRule.EachKey eachKey = null;
    MatchingRule.EachValue eachValue = null;
    boolean values = false;
    List<MatchingRule> plain = new ArrayList<>(effective.size());
    for (MatchingRule r : effective) {
      if (r instanceof MatchingRule.EachKey k) {
        eachKey = k;
      } else if (r instanceof MatchingRule.EachValue v) {
        eachValue = v;
      } else if (r instanceof MatchingRule.Values) {
        values = true;
      } else {
        plain.add(r);
      }
    }
    if (!plain.isEmpty()
        && !RuleGroups.apply(plain, selected.group().combine(), e, a, false, selected.exact(), part, path.path(), null, out)) {
      return;
    }
    if (eachKey != null) {
      checkKeys(eachKey, a);
    }
    if (eachValue != null) {
      eachValue(eachValue.rules(), e, a);
    } else if (values) {
      compareValuesIgnoringKeys(e, a);
    } else if (eachKey != null) {
      compareCommonKeys(e, a);
    } else {
      compareKeys(e, a);
    }
  }

  private void compareKeys(JsonNode e, JsonNode a) {
    for (Iterator<Map.Entry<String, JsonNode>> fields = e.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode actualChild = a.get(field.getKey());
      path.pushField(field.getKey());
      if (actualChild == null) {
        missingKey(field.getValue(), unexpectedKeysHint(e, a));
      } else {
        compare(field.getValue(), actualChild);
      }
      path.pop();
    }
    if (!allowUnexpectedKeys) {
      for (Iterator<String> names = a.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!e.has(name)) {
          path.pushField(name);
          out.add(new Mismatch(part, path.path().render(),
              "no key " + quoted(name) + " (unexpected keys fail a request body)",
              value(a.get(name)), "equality"));
          path.pop();
        }
      }
    }
  }

  /**
   * When a response renames a field, the missing key's mismatch says which keys arrived instead
   * ({@code nothing (key missing; unexpected keys here: "total_price")}). Only computed on failure.
   */
  private String unexpectedKeysHint(JsonNode e, JsonNode a) {
    if (!allowUnexpectedKeys) {
      return "";
    }
    StringBuilder keys = new StringBuilder();
    for (Iterator<String> names = a.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!e.has(name)) {
        keys.append(keys.length() == 0 ? "" : ", ").append(quoted(name));
      }
    }
    return keys.length() == 0 ? "" : "; unexpected keys here: " + keys;
  }

  private void missingKey(JsonNode expected, String hint) {
    String expectedText = value(expected);
    String rule = "equality";
    RuleIndex.Selected s = rules.isEmpty() ? null : path.select();
    if (s != null) {
      for (MatchingRule r : RuleGroups.effective(s.group(), s.exact(), expected.isContainerNode())) {
        ValueMatcher.Failure f = ValueMatcher.check(r, expected, MissingNode.getInstance(), false, s.exact());
        if (f != null) {
          expectedText = f.expected();
          rule = r.name();
          break;
        }
      }
    }
    out.add(new Mismatch(part, path.path().render(), expectedText, "nothing (key missing" + hint + ")", rule));
  }

  private void compareCommonKeys(JsonNode e, JsonNode a) {
    for (Iterator<Map.Entry<String, JsonNode>> fields = a.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode expectedChild = e.get(field.getKey());
      if (expectedChild != null) {
        path.pushField(field.getKey());
        compare(expectedChild, field.getValue());
        path.pop();
      }
    }
  }

  private void compareValuesIgnoringKeys(JsonNode e, JsonNode a) {
    JsonNode first = e.isEmpty() ? null : e.elements().next();
    for (Iterator<Map.Entry<String, JsonNode>> fields = a.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode example = e.has(field.getKey()) ? e.get(field.getKey()) : first;
      if (example != null) {
        path.pushField(field.getKey());
        compare(example, field.getValue());
        path.pop();
      }
    }
  }

  private void checkKeys(MatchingRule.EachKey rule, JsonNode a) {
    for (Iterator<String> names = a.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      path.pushField(name);
      TextNode key = TextNode.valueOf(name);
      RuleGroups.apply(rule.rules(), Combine.AND, key, key, true, true, part, path.path(), null, out);
      path.pop();
    }
  }

  private void eachValue(List<MatchingRule> inner, JsonNode e, JsonNode a) {
    JsonNode first = e.isEmpty() ? null : e.elements().next();
    int index = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = a.isObject() ? a.fields() : null; it != null && it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      path.pushField(field.getKey());
      checkInner(inner, e.has(field.getKey()) ? e.get(field.getKey()) : first, field.getValue());
      path.pop();
    }
    if (a.isArray()) {
      for (JsonNode element : a) {
        path.pushIndex(index);
        checkInner(inner, index < e.size() ? e.get(index) : first, element);
        path.pop();
        index++;
      }
    }
  }

  private void checkInner(List<MatchingRule> inner, JsonNode example, JsonNode actual) {
    JsonNode ex = example == null ? actual : example;
    if (inner.isEmpty()) {
      compare(ex, actual);
      return;
    }
    RuleGroups.apply(inner, Combine.AND, ex, actual, false, true, part, path.path(), null, out);
  }

  private void compareArrays(JsonNode e, JsonNode a, RuleIndex.Selected selected) {
    List<MatchingRule> effective = selected == null ? List.of()
        : RuleGroups.effective(selected.group(), selected.exact(), true);
    if (effective.isEmpty()) {
      compareByIndex(e, a);
      return;
    }
    List<MatchingRule> plain = new ArrayList<>(effective.size());
    MatchingRule.ArrayContains contains = null;
    MatchingRule.EachValue eachValue = null;
    for (MatchingRule r : effective) {
      if (r instanceof MatchingRule.ArrayContains c) {
        contains = c;
      } else if (r instanceof MatchingRule.EachValue v) {
        eachValue = v;
      } else {
        plain.add(r);
      }
    }
    RuleGroup group = selected.group();
    if (!plain.isEmpty() && !RuleGroups.apply(plain, group.combine(), e, a, false, selected.exact(), part, path.path(), null, out)) {
      return;
    }
    if (contains != null) {
      arrayContains(contains, e, a);
    } else if (eachValue != null) {
      eachValue(eachValue.rules(), e, a);
    } else if (RuleGroups.hasTypeRule(plain)) {
      compareLikeExample(e, a);
    } else {
      compareByIndex(e, a);
    }
  }

  private void compareLikeExample(JsonNode e, JsonNode a) {
    if (e.isEmpty()) {
      return;
    }
    for (int i = 0; i < a.size(); i++) {
      path.pushIndex(i);
      compare(i < e.size() ? e.get(i) : e.get(0), a.get(i));
      path.pop();
    }
  }

  private void compareByIndex(JsonNode e, JsonNode a) {
    int common = Math.min(e.size(), a.size());
    for (int i = 0; i < common; i++) {
      path.pushIndex(i);
      compare(e.get(i), a.get(i));
      path.pop();
    }
    for (int i = common; i < e.size(); i++) {
      path.pushIndex(i);
      out.add(new Mismatch(part, path.path().render(), value(e.get(i)), "nothing (index missing)", "equality"));
      path.pop();
    }
    for (int i = common; i < a.size(); i++) {
      path.pushIndex(i);
      out.add(new Mismatch(part, path.path().render(),
          "nothing (expected an array of " + count(e.size(), "element") + ")", value(a.get(i)), "equality"));
      path.pop();
    }
  }

  private void arrayContains(MatchingRule.ArrayContains rule, JsonNode e, JsonNode a) {
    for (MatchingRule.ArrayContains.Variant variant : rule.variants()) {
      JsonNode example = e.get(variant.index());
      if (example == null) {
        out.add(new Mismatch(part, path.path().render(),
            "an element like example index " + variant.index() + ", which the contract does not have (arrayContains)",
            value(a), "arrayContains"));
        continue;
      }
      RuleIndex variantRules = CompiledRules.of(variant.rules()).body();
      boolean found = false;
      for (JsonNode element : a) {
        List<Mismatch> trial = new ArrayList<>();
        match(example, element, variantRules, allowUnexpectedKeys, part, trial);
        if (trial.isEmpty()) {
          found = true;
          break;
        }
      }
      if (!found) {
        out.add(new Mismatch(part, path.path().render(),
            "an array containing an element like " + literal(example) + " (arrayContains)",
            value(a), "arrayContains"));
      }
    }
  }
}
