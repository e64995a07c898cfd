package dev.treaty.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

// The contract of the verification benchmark: one Pact V3 file with N interactions "get order n"
// (GET /orders/n -> 200 JSON order) whose rules cover type, regex, integer, decimal, timestamp,
// eachLike min 1 and a header regex; and the provider's answers, which differ from the examples
// wherever a rule allows it.
final class VerificationContract {
  private static final ObjectMapper JSON = new ObjectMapper();

  private VerificationContract() {}

  static String pact(int interactions) {
    ObjectNode pact = JSON.createObjectNode();
    pact.putObject("consumer").put("name", "order-web");
    pact.putObject("provider").put("name", "order-api");
    ArrayNode list = pact.putArray("interactions");
    for (int n = 1; n <= interactions; n++) {
      list.add(interaction(n));
    }
    pact.putObject("metadata").putObject("pactSpecification").put("version", "3.0.0");
    return pact.toString();
  }

  private static ObjectNode interaction(int n) {
    ObjectNode i = JSON.createObjectNode();
    i.put("description", "get order " + n);
    i.putObject("request").put("method", "GET").put("path", "/orders/" + n);
    ObjectNode response = i.putObject("response").put("status", 200);
    response.putObject("headers").put("Content-Type", "application/json");
    response.set("body", example(n));
    ObjectNode rules = response.putObject("matchingRules");
    rules.putObject("header").set("Content-Type", matchers(regex("application/json(;.*)?")));
    ObjectNode body = rules.putObject("body");
    body.set("$.id", matchers(JSON.createObjectNode().put("match", "integer")));
    body.set("$.reference", matchers(regex("ORD-\\d+")));
    body.set("$.status", matchers(JSON.createObjectNode().put("match", "type")));
    body.set("$.total", matchers(JSON.createObjectNode().put("match", "decimal")));
    body.set("$.createdAt", matchers(JSON.createObjectNode().put("match", "timestamp")
        .put("timestamp", "yyyy-MM-dd'T'HH:mm:ss")));
    body.set("$.items", matchers(JSON.createObjectNode().put("match", "type").put("min", 1)));
    body.set("$.items[*].sku", matchers(JSON.createObjectNode().put("match", "type")));
    body.set("$.items[*].quantity", matchers(JSON.createObjectNode().put("match", "integer")));
    return i;
  }

  private static ObjectNode example(int n) {
    ObjectNode order = JSON.createObjectNode().put("id", n).put("reference", "ORD-" + n)
        .put("status", "SHIPPED").put("total", 12.5).put("createdAt", "2024-05-01T10:00:00");
    order.putArray("items").addObject().put("sku", "A-1").put("quantity", 2);
    return order;
  }

  static String actualOrder(int n, boolean totalAsString) {
    StringBuilder items = new StringBuilder();
    for (int k = 0; k < 3; k++) {
      items.append(k == 0 ? "" : ",").append("{\"sku\":\"B-").append(k).append("\",\"quantity\":").append(k + 1).append('}');
    }
    String total = totalAsString ? "\"99.95\"" : "99.95";
    return "{\"id\":" + (n + 1000) + ",\"reference\":\"ORD-" + (n + 1000) + "\",\"status\":\"PAID\",\"total\":"
        + total + ",\"createdAt\":\"2025-01-31T08:15:00\",\"items\":[" + items + "]}";
  }

  private static ObjectNode regex(String regex) {
    return JSON.createObjectNode().put("match", "regex").put("regex", regex);
  }

  private static ObjectNode matchers(ObjectNode matcher) {
    ObjectNode group = JSON.createObjectNode();
    group.putArray("matchers").add(matcher);
    return group;
  }
}
