package dev.treaty.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.contract.Message;
import dev.treaty.path.internal.JsonPaths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a message: {@code contents}, {@code metaData} (V3) or {@code metadata} (V4), {@code
 * matchingRules} and {@code generators}.
 */
public final class MessageJsonReader {
  /** The message fields this reader consumes from an interaction object. */
  public static final List<String> FIELDS =
      List.of("contents", "metaData", "metadata", "matchingRules", "generators");

  private final ReadContext context;
  private final BodyJsonReader bodies;
  private final MatchingRulesJsonReader rules;
  private final GeneratorsJsonReader generators;

  public MessageJsonReader(ReadContext context) {
    this.context = context;
    this.bodies = new BodyJsonReader(context);
    this.rules = new MatchingRulesJsonReader(context);
    this.generators = new GeneratorsJsonReader(context);
  }

  /** The message at {@code path}; null when it is not an object. */
  public Message message(JsonNode node, String path) {
    ObjectNode message = context.object(node, path);
    if (message == null) {
      return null;
    }
    if (!message.has("contents")) {
      context.problems().missing(path, "contents", "add \"contents\" with the message body (null for none)");
    }
    Map<String, JsonNode> metadata = metadata(message, path);
    return new Message(
        bodies.read(message.get("contents"), contentType(metadata), JsonPaths.field(path, "contents")),
        metadata,
        rules.read(message.get("matchingRules"), JsonPaths.field(path, "matchingRules")),
        generators.read(message.get("generators"), JsonPaths.field(path, "generators")));
  }

  private Map<String, JsonNode> metadata(ObjectNode message, String path) {
    String name = message.has("metaData") ? "metaData" : "metadata";
    JsonNode node = message.get(name);
    Map<String, JsonNode> metadata = new LinkedHashMap<>();
    if (node == null || node.isNull()) {
      return metadata;
    }
    ObjectNode object = context.object(node, JsonPaths.field(path, name), Wording.of(name + " is", "an object",
        "write \"" + name + "\": {\"contentType\": \"application/json\"}"));
    if (object != null) {
      object.fields().forEachRemaining(entry -> metadata.put(entry.getKey(), entry.getValue()));
    }
    return metadata;
  }

  private static String contentType(Map<String, JsonNode> metadata) {
    for (Map.Entry<String, JsonNode> entry : metadata.entrySet()) {
      String key = entry.getKey();
      if ((key.equalsIgnoreCase("contentType") || key.equalsIgnoreCase("content-type"))
          && entry.getValue().isTextual()) {
        return entry.getValue().textValue();
      }
    }
    return null;
  }
}
