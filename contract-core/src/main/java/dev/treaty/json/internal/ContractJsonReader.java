package dev.treaty.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.contract.Contract;
import dev.treaty.contract.Interaction;
import dev.treaty.contract.SpecVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a whole pact file: detects its spec version, then reads parties, interactions and metadata. */
public final class ContractJsonReader {
  private static final Set<String> TOP_LEVEL =
      Set.of("consumer", "provider", "interactions", "messages", "metadata");

  private final String source;

  public ContractJsonReader(String source) {
    this.source = source;
  }

  public Contract read(String json) {
    JsonNode node = PactJson.parse(json, source);
    ObjectNode root = new ReadContext(source, SpecVersion.V4, false).object(node, "$");
    SpecVersion version = new SpecVersionDetector(source).detect(root);
    ReadContext context = new ReadContext(source, version, false);
    String consumer = partyName(context, root, "consumer");
    String provider = partyName(context, root, "provider");
    return new Contract(
        consumer,
        provider,
        interactions(context, root),
        version,
        metadata(context, root),
        extensions(root));
  }

  private static String partyName(ReadContext context, ObjectNode root, String party) {
    ObjectNode object = context.object(root.get(party), "$." + party);
    return context.requiredText(object, "name", "$." + party);
  }

  private static List<Interaction> interactions(ReadContext context, ObjectNode root) {
    InteractionJsonReader reader = new InteractionJsonReader(context);
    List<Interaction> interactions = new ArrayList<>();
    JsonNode http = array(context, root, "interactions");
    for (int i = 0; i < http.size(); i++) {
      String path = JsonPaths.index("$.interactions", i);
      interactions.add(
          context.version() == SpecVersion.V4
              ? reader.typed(http.get(i), path)
              : reader.http(http.get(i), path));
    }
    JsonNode messages = array(context, root, "messages");
    for (int i = 0; i < messages.size(); i++) {
      interactions.add(reader.message(messages.get(i), JsonPaths.index("$.messages", i)));
    }
    return interactions;
  }

  private static JsonNode array(ReadContext context, ObjectNode root, String name) {
    JsonNode node = root.get(name);
    if (node == null || node.isNull()) {
      return PactJson.NODES.arrayNode();
    }
    if (!node.isArray()) {
      throw context.unexpected("$." + name, "a list of interactions", node);
    }
    return node;
  }

  private static Map<String, JsonNode> metadata(ReadContext context, ObjectNode root) {
    Map<String, JsonNode> metadata = new LinkedHashMap<>();
    JsonNode node = root.get("metadata");
    if (node != null && !node.isNull()) {
      context.object(node, "$.metadata").fields()
          .forEachRemaining(entry -> metadata.put(entry.getKey(), entry.getValue()));
    }
    return metadata;
  }

  private static Map<String, JsonNode> extensions(ObjectNode root) {
    Map<String, JsonNode> extensions = new LinkedHashMap<>();
    root.fields().forEachRemaining(
        entry -> {
          if (!TOP_LEVEL.contains(entry.getKey())) {
            extensions.put(entry.getKey(), entry.getValue());
          }
        });
    return extensions;
  }
}
