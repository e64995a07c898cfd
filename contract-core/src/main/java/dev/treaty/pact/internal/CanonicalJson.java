package dev.treaty.pact.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.json.internal.PactJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** JSON with object keys sorted recursively (array order kept), compact text, and hashes of it. */
public final class CanonicalJson {
  static final JsonNodeFactory NODES = PactJson.NODES;

  private CanonicalJson() {}

  /** A copy of {@code node} whose objects list their keys in sorted order, at every depth. */
  public static JsonNode sortKeys(JsonNode node) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      names.sort(null);
      ObjectNode sorted = NODES.objectNode();
      for (String name : names) {
        sorted.set(name, sortKeys(node.get(name)));
      }
      return sorted;
    }
    if (node.isArray()) {
      ArrayNode copy = NODES.arrayNode();
      node.forEach(element -> copy.add(sortKeys(element)));
      return copy;
    }
    return node;
  }

  /** Compact JSON text of {@code node}, keys in the order they are in. */
  public static String write(JsonNode node) {
    try {
      return PactJson.MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An interaction's {@code _id}: SHA-1 hex of its key-sorted JSON without {@code _id}. */
  public static String interactionId(JsonNode interaction) {
    JsonNode withoutId = interaction;
    if (interaction instanceof ObjectNode object && object.has("_id")) {
      ObjectNode copy = object.deepCopy();
      copy.remove("_id");
      withoutId = copy;
    }
    return hash("SHA-1", write(sortKeys(withoutId)));
  }

  /** Lower-case hex of the {@code algorithm} digest of {@code text} as UTF-8. */
  public static String hash(String algorithm, String text) {
    return HexFormat.of().formatHex(messageDigest(algorithm).digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** A new {@link MessageDigest} for {@code algorithm}, which every JVM has (SHA-1, SHA-256). */
  static MessageDigest messageDigest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is not available", e);
    }
  }
}
