package dev.treaty.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.contract.Contract;
import dev.treaty.contract.Interaction;
import dev.treaty.contract.SpecVersion;
import dev.treaty.json.ContractParseException;
import dev.treaty.path.internal.JsonPaths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a whole pact file: detects its spec version, then reads parties, interactions and
 * metadata, reporting every problem to one {@link Problems}.
 */
public final class ContractJsonReader {
  private static final Set<String> TOP_LEVEL =
      Set.of("consumer", "provider", "interactions", "messages", "metadata");
  private static final Wording TOP = Wording.of("top level is", "an object",
      "a pact file is an object: {\"consumer\": {\"name\": ...}, \"provider\": {\"name\": ...}, "
          + "\"interactions\": [...]}");

  private final String source;

  public ContractJsonReader(String source) {
    this.source = source;
  }

  /**
   * Reads pact text: invalid JSON is a {@link ContractParseException} at once; everything else the
   * reader refuses is collected and thrown as one {@link ContractParseException}.
   */
  public Contract read(String json) {
    JsonNode node = PactJson.parse(json, source);
    Problems problems = new Problems(source, null);
    Contract contract = read(node, problems);
    if (problems.hasRefusals()) {
      throw new ContractParseException(problems.refused());
    }
    return contract;
  }

  /** Walks the document {@code node}, reporting to {@code problems}; null when it refused anything. */
  public Contract read(JsonNode node, Problems problems) {
    ObjectNode root = new ReadContext(problems, SpecVersion.V4, false).object(node, "$", TOP);
    if (root == null) {
      return null;
    }
    SpecVersion version = SpecVersionDetector.detect(root, problems);
    ReadContext context = new ReadContext(problems, version, false);
    String consumer = partyName(context, root, "consumer");
    String provider = partyName(context, root, "provider");
    List<Interaction> interactions = interactions(context, root);
    Map<String, JsonNode> metadata = metadata(context, root);
    if (problems.hasRefusals()) {
      return null;
    }
    return new Contract(consumer, provider, interactions, version, metadata, extensions(root));
  }

  private static String partyName(ReadContext context, ObjectNode root, String party) {
    String hint = "add \"" + party + "\": {\"name\": \"my-" + party + "\"}";
    ObjectNode object = context.requiredObject(root, party, "$", Wording.of(party + " is", "an object", hint));
    if (object == null) {
      return "";
    }
    String path = "$." + party;
    Wording wording = new Wording(party + " name is", "a non-empty string",
        "add \"name\": \"my-" + party + "\"", "write \"name\": \"my-" + party + "\"");
    String name = context.requiredText(object, "name", path, wording);
    if (name != null && name.isBlank()) {
      context.problems().note(JsonPaths.field(path, "name"), wording.wrong(object.get("name")),
          wording.wrongHint());
    }
    return name == null ? "" : name;
  }

  private static List<Interaction> interactions(ReadContext context, ObjectNode root) {
    InteractionJsonReader reader = new InteractionJsonReader(context);
    List<Interaction> interactions = new ArrayList<>();
    JsonNode http = array(context, root, "interactions");
    for (int i = 0; i < http.size(); i++) {
      String path = JsonPaths.index("$.interactions", i);
      add(interactions, context.version() == SpecVersion.V4
          ? reader.typed(http.get(i), path)
          : reader.http(http.get(i), path));
    }
    checkDuplicates(context.problems(), http, "$.interactions");
    JsonNode messages = array(context, root, "messages");
    for (int i = 0; i < messages.size(); i++) {
      add(interactions, reader.message(messages.get(i), JsonPaths.index("$.messages", i)));
    }
    checkDuplicates(context.problems(), messages, "$.messages");
    if (!root.has("interactions") && !root.has("messages")) {
      context.problems().missing("$", "interactions",
          "add \"interactions\": [...] (or \"messages\": [...] for a V3 message pact)");
    }
    return interactions;
  }

  private static void add(List<Interaction> interactions, Interaction interaction) {
    if (interaction != null) {
      interactions.add(interaction);
    }
  }

  private static JsonNode array(ReadContext context, ObjectNode root, String name) {
    JsonNode node = root.get(name);
    String path = "$." + name;
    if (node == null || node.isNull() || !node.isArray()) {
      if (node != null) {
        String message = name + " is " + Problems.describe(node) + ", expected an array";
        String hint = "write \"" + name + "\": [ ... ]";
        String refusal = node.isNull() ? null : ReadContext.expected("a list of interactions", node);
        context.problems().found(path, refusal, message, hint);
      }
      return PactJson.NODES.arrayNode();
    }
    return node;
  }

  /** The validator's check that no two interactions share a description and provider states. */
  private static void checkDuplicates(Problems problems, JsonNode list, String listPath) {
    Map<String, String> seen = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode interaction = list.get(i);
      JsonNode description = interaction.path("description");
      if (!description.isTextual()) {
        continue;
      }
      String path = JsonPaths.index(listPath, i);
      String states = interaction.has("providerStates")
          ? interaction.get("providerStates").toString()
          : interaction.path("providerState").toString();
      String first = seen.putIfAbsent(description.asText() + "\u0000" + states, path);
      if (first != null) {
        problems.note(JsonPaths.field(path, "description"), "duplicate interaction " + description
            + " with the same provider states as " + first,
            "give each interaction a unique description or different provider states");
      }
    }
  }

  private static Map<String, JsonNode> metadata(ReadContext context, ObjectNode root) {
    Map<String, JsonNode> metadata = new LinkedHashMap<>();
    JsonNode node = root.get("metadata");
    if (node != null && !node.isNull()) {
      ObjectNode object = context.object(node, "$.metadata");
      if (object != null) {
        object.fields().forEachRemaining(entry -> metadata.put(entry.getKey(), entry.getValue()));
      }
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
