package dev.treaty.json.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.contract.Category;
import dev.treaty.contract.MatchingRule;
import dev.treaty.contract.MatchingRules;
import dev.treaty.contract.RuleGroup;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes {@code matchingRules} in the V3/V4 form, grouped by category with paths in sorted order;
 * single-valued categories (path, method, status) hold their group directly.
 */
final class MatchingRulesJsonWriter {
  private final String bodyCategoryName;
  private final MatchingRuleJsonWriter ruleWriter = new MatchingRuleJsonWriter(this);

  /** {@code bodyCategoryName} is {@code "body"}, or {@code "content"} for V4 messages. */
  MatchingRulesJsonWriter(String bodyCategoryName) {
    this.bodyCategoryName = bodyCategoryName;
  }

  /** Puts {@code rules} under {@code field} of {@code parent}; no rules write nothing. */
  void write(ObjectNode parent, String field, MatchingRules rules) {
    if (!rules.isEmpty()) {
      parent.set(field, categories(rules));
    }
  }

  ObjectNode categories(MatchingRules rules) {
    ObjectNode node = PactJson.NODES.objectNode();
    for (Category category : Categories.inWritingOrder(rules.categories().keySet())) {
      Map<String, RuleGroup> groups = rules.get(category);
      String name = category.equals(Category.BODY) ? bodyCategoryName : category.name();
      if (category.isSingleValued() && groups.size() == 1 && groups.containsKey("")) {
        node.set(name, group(groups.get("")));
      } else {
        node.set(name, paths(groups));
      }
    }
    return node;
  }

  /** Groups keyed by path, as in a category or an {@code arrayContains} variant. */
  ObjectNode paths(Map<String, RuleGroup> groups) {
    ObjectNode node = PactJson.NODES.objectNode();
    new TreeMap<>(groups).forEach((path, group) -> node.set(path, group(group)));
    return node;
  }

  private ObjectNode group(RuleGroup group) {
    ObjectNode node = PactJson.NODES.objectNode();
    ArrayNode matchers = node.putArray("matchers");
    for (MatchingRule rule : group.rules()) {
      matchers.add(ruleWriter.write(rule));
    }
    node.put("combine", group.combine().name());
    return node;
  }
}
