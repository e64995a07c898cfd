package dev.treaty.json.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.contract.Category;
import dev.treaty.contract.MatchingRule;
import java.util.List;

/** Writes one matcher as {@code {"match": name, ...attributes}}, the form pact-rust reads and writes. */
final class MatchingRuleJsonWriter {
  private final MatchingRulesJsonWriter rulesWriter;

  MatchingRuleJsonWriter(MatchingRulesJsonWriter rulesWriter) {
    this.rulesWriter = rulesWriter;
  }

  ObjectNode write(MatchingRule rule) {
    if (rule instanceof MatchingRule.Unknown unknown) {
      return unknown.definition().deepCopy();
    }
    ObjectNode node = PactJson.NODES.objectNode();
    node.put("match", rule.name());
    if (rule instanceof MatchingRule.Type type) {
      putIfPresent(node, "min", type.min());
      putIfPresent(node, "max", type.max());
    } else if (rule instanceof MatchingRule.Regex regex) {
      node.put("regex", regex.regex());
    } else if (rule instanceof MatchingRule.Include include) {
      node.put("value", include.value());
    } else if (rule instanceof MatchingRule.Date date) {
      putIfPresent(node, "format", date.format());
    } else if (rule instanceof MatchingRule.Time time) {
      putIfPresent(node, "format", time.format());
    } else if (rule instanceof MatchingRule.Timestamp timestamp) {
      putIfPresent(node, "format", timestamp.format());
    } else if (rule instanceof MatchingRule.EachKey eachKey) {
      node.set("rules", list(eachKey.rules()));
      if (eachKey.example() != null) {
        node.set("value", eachKey.example());
      }
    } else if (rule instanceof MatchingRule.EachValue eachValue) {
      node.set("rules", list(eachValue.rules()));
      if (eachValue.example() != null) {
        node.set("value", eachValue.example());
      }
    } else if (rule instanceof MatchingRule.ArrayContains arrayContains) {
      node.set("variants", variants(arrayContains));
    } else if (rule instanceof MatchingRule.ContentType contentType) {
      node.put("value", contentType.value());
    } else if (rule instanceof MatchingRule.StatusCode statusCode) {
      putStatus(node, statusCode);
    }
    return node;
  }

  private ArrayNode list(List<MatchingRule> rules) {
    ArrayNode array = PactJson.NODES.arrayNode();
    rules.forEach(rule -> array.add(write(rule)));
    return array;
  }

  private ArrayNode variants(MatchingRule.ArrayContains arrayContains) {
    ArrayNode array = PactJson.NODES.arrayNode();
    for (MatchingRule.ArrayContains.Variant variant : arrayContains.variants()) {
      ObjectNode node = array.addObject();
      node.put("index", variant.index());
      node.set("rules", rulesWriter.paths(variant.rules().get(Category.BODY)));
      if (!variant.generators().get(Category.BODY).isEmpty()) {
        node.set("generators", GeneratorsJsonWriter.paths(variant.generators().get(Category.BODY)));
      }
    }
    return array;
  }

  private static void putStatus(ObjectNode node, MatchingRule.StatusCode statusCode) {
    if (statusCode.statusClass() != null) {
      node.put("status", statusCode.statusClass());
    } else {
      ArrayNode codes = node.putArray("status");
      statusCode.codes().forEach(codes::add);
    }
  }

  private static void putIfPresent(ObjectNode node, String name, Integer value) {
    if (value != null) {
      node.put(name, value);
    }
  }

  private static void putIfPresent(ObjectNode node, String name, String value) {
    if (value != null) {
      node.put(name, value);
    }
  }
}
