package dev.treaty.broker.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.contract.internal.JsonMappers;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which consumer versions' pacts a provider verifies, as the Pact Broker's consumer version
 * selectors: every field is optional (null means "not given") and maps to the JSON key of the
 * same name.
 *
 * <pre>{@code
 * List.of(ConsumerVersionSelector.forMainBranch(), ConsumerVersionSelector.forBranch("feature/x"));
 * ConsumerVersionSelector.parse("{\"branch\": \"feature/x\", \"consumer\": \"order-web\"}");
 * }</pre>
 *
 * @param mainBranch the head of each consumer's main branch
 * @param branch the head of this branch
 * @param fallbackBranch with {@code branch}: this branch's head when {@code branch} has none
 * @param matchingBranch the head of the branch named like the provider's branch
 * @param tag versions with this tag (all of them, or the latest with {@code latest})
 * @param fallbackTag with {@code tag} and {@code latest}: this tag when {@code tag} has none
 * @param latest the latest version (of the tag, or overall)
 * @param consumer restricts the selector to this consumer
 * @param deployed versions currently deployed (to {@code environment} if given)
 * @param released versions released and supported (in {@code environment} if given)
 * @param deployedOrReleased versions deployed or released
 * @param environment versions deployed or released in this environment
 */
public record ConsumerVersionSelector(
    Boolean mainBranch, String branch, String fallbackBranch, Boolean matchingBranch, String tag,
    String fallbackTag, Boolean latest, String consumer, Boolean deployed, Boolean released,
    Boolean deployedOrReleased, String environment) {

  private static final List<String> KEYS = List.of("mainBranch", "branch", "fallbackBranch", "matchingBranch",
      "tag", "fallbackTag", "latest", "consumer", "deployed", "released", "deployedOrReleased", "environment");
  private static final List<String> FLAGS = List.of("mainBranch", "matchingBranch", "latest", "deployed",
      "released", "deployedOrReleased");

  /** The head of each consumer's main branch: {@code {"mainBranch": true}}. */
  public static ConsumerVersionSelector forMainBranch() {
    return parse("{\"mainBranch\":true}");
  }

  /** Every version currently deployed or released: {@code {"deployedOrReleased": true}}. */
  public static ConsumerVersionSelector forDeployedOrReleased() {
    return parse("{\"deployedOrReleased\":true}");
  }

  /** The head of {@code branch}: {@code {"branch": "..."}}. */
  public static ConsumerVersionSelector forBranch(String branch) {
    return of(Map.of("branch", branch));
  }

  /** The head of the branch named like the provider's branch: {@code {"matchingBranch": true}}. */
  public static ConsumerVersionSelector forMatchingBranch() {
    return parse("{\"matchingBranch\":true}");
  }

  /** What {@code treaty verify} and {@code @ContractBroker} use without selectors: main branch, deployed or released. */
  public static List<ConsumerVersionSelector> defaults() {
    return List.of(forMainBranch(), forDeployedOrReleased());
  }

  /**
   * Reads a selector from its JSON object, such as {@code {"tag": "prod", "latest": true}}.
   *
   * @throws IllegalArgumentException for text that is not a JSON object, an unknown key, a value of
   *     the wrong type, or an empty object; the message names the key and the value
   */
  public static ConsumerVersionSelector parse(String json) {
    JsonNode node;
    try {
      node = JsonMappers.DATA.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("consumer version selector is not JSON: " + json
          + "; write it like {\"branch\": \"main\"}", e);
    }
    if (node == null || !node.isObject() || node.isEmpty()) {
      throw new IllegalArgumentException("consumer version selector must be a non-empty JSON object: " + json
          + "; write it like {\"mainBranch\": true} or {\"deployedOrReleased\": true}");
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      values.put(e.getKey(), value(e.getKey(), e.getValue(), json));
    }
    return of(values);
  }

  private static Object value(String key, JsonNode value, String json) {
    if (!KEYS.contains(key)) {
      throw new IllegalArgumentException("consumer version selector " + json + " has unknown key \"" + key
          + "\"; known keys: " + String.join(", ", KEYS));
    }
    if (FLAGS.contains(key)) {
      if (!value.isBoolean()) {
        throw new IllegalArgumentException("consumer version selector " + json + ": \"" + key
            + "\" must be true or false, not " + value);
      }
      return value.booleanValue();
    }
    if (!value.isTextual() || value.asText().isBlank()) {
      throw new IllegalArgumentException("consumer version selector " + json + ": \"" + key
          + "\" must be a non-blank string, not " + value);
    }
    return value.asText();
  }

  private static ConsumerVersionSelector of(Map<String, Object> v) {
    return new ConsumerVersionSelector((Boolean) v.get("mainBranch"), (String) v.get("branch"),
        (String) v.get("fallbackBranch"), (Boolean) v.get("matchingBranch"), (String) v.get("tag"),
        (String) v.get("fallbackTag"), (Boolean) v.get("latest"), (String) v.get("consumer"),
        (Boolean) v.get("deployed"), (Boolean) v.get("released"), (Boolean) v.get("deployedOrReleased"),
        (String) v.get("environment"));
  }

  /** This selector as the broker's JSON object, with only the fields given, in a fixed order. */
  public ObjectNode toJsonNode() {
    ObjectNode node = JsonMappers.DATA.createObjectNode();
    Object[] values = {mainBranch, branch, fallbackBranch, matchingBranch, tag, fallbackTag, latest, consumer,
        deployed, released, deployedOrReleased, environment};
    for (int i = 0; i < KEYS.size(); i++) {
      if (values[i] instanceof Boolean b) {
        node.put(KEYS.get(i), b);
      } else if (values[i] instanceof String s) {
        node.put(KEYS.get(i), s);
      }
    }
    return node;
  }

  /** This selector as compact JSON: {@code {"mainBranch":true}}. */
  @Override
  public String toString() {
    return toJsonNode().toString();
  }
}
