package dev.treaty.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The benchmark inputs: a realistic order-service contract ({@code GET /orders/{id}}) as a Pact V3
 * file, and deterministic (seeded) provider responses of about 1 KB, 100 KB and 1 MB.
 */
final class OrderContract {

  /** Items in the full order for a response of about 100 KB. */
  static final int ITEMS_100K = 170;
  /** Items in the full order for a response of about 1 MB. */
  static final int ITEMS_1MB = 1_755;
  /** Items in the compact order (about 1 KB). */
  static final int ITEMS_SMALL = 6;

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final long SEED = 20_260_314L;

  private OrderContract() {}

  /** About 1 KB, a few rules. */
  static MatchingInput small() {
    Map<String, ObjectNode> rules = OrderRules.compact();
    ObjectNode example = OrderDocument.example(rules.keySet()).compact();
    ObjectNode actual = OrderDocument.actual(rules.keySet(), SEED, ITEMS_SMALL).compact();
    return input("small", rules, example, actual);
  }

  /** About 100 KB, fifty rules, nested arrays. */
  static MatchingInput hundredKb() {
    Map<String, ObjectNode> rules = OrderRules.full();
    ObjectNode example = OrderDocument.example(rules.keySet()).full();
    ObjectNode actual = OrderDocument.actual(rules.keySet(), SEED, ITEMS_100K).full();
    return input("100k", rules, example, actual);
  }

  /** About 1 MB: the same contract as {@link #hundredKb()} with a large items array. */
  static MatchingInput oneMb() {
    Map<String, ObjectNode> rules = OrderRules.full();
    ObjectNode example = OrderDocument.example(rules.keySet()).full();
    ObjectNode actual = OrderDocument.actual(rules.keySet(), SEED, ITEMS_1MB).full();
    return input("1mb", rules, example, actual);
  }

  private static MatchingInput input(
      String name, Map<String, ObjectNode> rules, ObjectNode example, ObjectNode actual) {
    return new MatchingInput(
        name, pact(example, rules), bytes(actual), bytes(broken(actual)));
  }

  /** The actual body with the last item's quantity, ruled an integer, turned into a string. */
  private static ObjectNode broken(ObjectNode actual) {
    ObjectNode copy = actual.deepCopy();
    ArrayNode items = (ArrayNode) copy.get("items");
    ((ObjectNode) items.get(items.size() - 1)).put("quantity", "two");
    return copy;
  }

  private static String pact(ObjectNode body, Map<String, ObjectNode> rules) {
    ObjectNode pact = MAPPER.createObjectNode();
    pact.putObject("consumer").put("name", "order-web");
    pact.putObject("provider").put("name", "order-service");
    ObjectNode interaction = pact.putArray("interactions").addObject();
    interaction.put("description", "get order ORD-2026-000042");
    interaction.putArray("providerStates").addObject().put("name", "order ORD-2026-000042 exists");
    ObjectNode request = interaction.putObject("request");
    request.put("method", "GET");
    request.put("path", "/orders/ORD-2026-000042");
    request.putObject("headers").put("Accept", "application/json");
    ObjectNode response = interaction.putObject("response");
    response.put("status", 200);
    response.putObject("headers").put("Content-Type", "application/json");
    response.set("body", body);
    response.putObject("matchingRules").putObject("body").setAll(rules);
    pact.putObject("metadata").putObject("pactSpecification").put("version", "3.0.0");
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(pact);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] bytes(ObjectNode body) {
    try {
      return MAPPER.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
