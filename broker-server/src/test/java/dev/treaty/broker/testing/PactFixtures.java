package dev.treaty.broker.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.internal.api.JsonTrees;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** Pact JSON and publish requests for broker tests. */
public final class PactFixtures {
  private static final ObjectMapper MAPPER = JsonTrees.MAPPER;

  private PactFixtures() {}

  /** A V3 pact with one GET interaction per description (path /{description}, status 200). */
  public static String pact(String consumer, String provider, String... descriptions) {
    ObjectNode pact = MAPPER.createObjectNode();
    pact.putObject("consumer").put("name", consumer);
    pact.putObject("provider").put("name", provider);
    ArrayNode interactions = pact.putArray("interactions");
    for (String description : descriptions) {
      ObjectNode interaction = interactions.addObject();
      interaction.put("description", description);
      interaction.putObject("request").put("method", "GET").put("path", "/" + description.replace(' ', '-'));
      interaction.putObject("response").put("status", 200).putObject("body").put("description", description);
    }
    ObjectNode metadata = pact.putObject("metadata");
    metadata.putObject("pactSpecification").put("version", "3.0.0");
    return pact.toString();
  }

  /**
   * A V3 pact of about {@code bytes} bytes of JSON: interactions {@code i0}, {@code i1}, ... whose
   * response bodies carry about 1 KB of text each (distinct per consumer, so contents differ).
   */
  public static String largePact(String consumer, String provider, int bytes) {
    ObjectNode pact = MAPPER.createObjectNode();
    pact.putObject("consumer").put("name", consumer);
    pact.putObject("provider").put("name", provider);
    ArrayNode interactions = pact.putArray("interactions");
    String text = (consumer + " ").repeat(1 + 1000 / (consumer.length() + 1));
    for (int i = 0; interactions.size() * (text.length() + 120) < bytes; i++) {
      ObjectNode interaction = interactions.addObject();
      interaction.put("description", "i" + i);
      interaction.putObject("request").put("method", "GET").put("path", "/items/" + i);
      interaction.putObject("response").put("status", 200).putObject("body").put("text", text);
    }
    pact.putObject("metadata").putObject("pactSpecification").put("version", "3.0.0");
    return pact.toString();
  }

  /** A {@code POST /contracts/publish} body with one contract. */
  public static String publishRequest(String consumer, String version, String branch, List<String> tags, String provider, String pactJson) {
    return publishRequest(consumer, version, branch, tags, provider, pactJson, null);
  }

  /** A {@code POST /contracts/publish} body with one contract and an {@code onConflict} (may be null). */
  public static String publishRequest(String consumer, String version, String branch, List<String> tags, String provider, String pactJson, String onConflict) {
    ObjectNode body = MAPPER.createObjectNode();
    body.put("pacticipantName", consumer);
    body.put("pacticipantVersionNumber", version);
    if (branch != null) {
      body.put("branch", branch);
    }
    ArrayNode tagArray = body.putArray("tags");
    tags.forEach(tagArray::add);
    body.put("buildUrl", "http://ci/" + version);
    ObjectNode contract = body.putArray("contracts").addObject();
    contract.put("consumerName", consumer);
    contract.put("providerName", provider);
    contract.put("specification", "pact");
    contract.put("contentType", "application/json");
    contract.put("content", base64(pactJson));
    if (onConflict != null) {
      contract.put("onConflict", onConflict);
    }
    return body.toString();
  }

  public static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
