package dev.treaty.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.contract.HttpInteraction;
import dev.treaty.contract.Interaction;
import dev.treaty.contract.Message;
import dev.treaty.contract.MessageInteraction;
import dev.treaty.contract.OtherInteraction;
import dev.treaty.contract.ProviderState;
import dev.treaty.contract.SpecVersion;

import java.util.TreeMap;

/**
 * Writes one interaction with its fields in a fixed order: type (V4), key, description, provider
 * states, request and response or message parts, then kept extensions sorted by name.
 */
final class InteractionJsonWriter {
  private static final String KEY = "key";

  private final SpecVersion version;
  private final HttpJsonWriter http;
  private final BodyJsonWriter bodies;
  private final MatchingRulesJsonWriter messageRules;
  private final GeneratorsJsonWriter messageGenerators;

  InteractionJsonWriter(SpecVersion version) {
    this.version = version;
    this.http = new HttpJsonWriter(version);
    this.bodies = new BodyJsonWriter(version);
    String contentCategory = version == SpecVersion.V4 ? "content" : "body";
    this.messageRules = new MatchingRulesJsonWriter(contentCategory);
    this.messageGenerators = new GeneratorsJsonWriter(contentCategory);
  }

  ObjectNode write(Interaction interaction) {
    if (interaction instanceof OtherInteraction other) {
      return other.raw().deepCopy();
    }
    ObjectNode node = PactJson.NODES.objectNode();
    if (version == SpecVersion.V4) {
      node.put("type", interaction.type());
    }
    JsonNode key = interaction.extensions().get(KEY);
    if (key != null) {
      node.set(KEY, key);
    }
    node.put("description", interaction.description());
    providerStates(node, interaction);
    if (interaction instanceof HttpInteraction httpInteraction) {
      node.set("request", http.request(httpInteraction.request()));
      node.set("response", http.response(httpInteraction.response()));
    } else if (interaction instanceof MessageInteraction message) {
      message(node, message.message());
    }
    new TreeMap<>(interaction.extensions()).forEach(
        (name, value) -> {
          if (!node.has(name)) {
            node.set(name, value);
          }
        });
    return node;
  }

  private static void providerStates(ObjectNode node, Interaction interaction) {
    if (interaction.providerStates().isEmpty()) {
      return;
    }
    ArrayNode states = node.putArray("providerStates");
    for (ProviderState state : interaction.providerStates()) {
      ObjectNode stateNode = states.addObject();
      stateNode.put("name", state.name());
      if (!state.params().isEmpty()) {
        ObjectNode params = stateNode.putObject("params");
        // Sorted: params often come from Map.of, whose order changes from one JVM to the next.
        new TreeMap<String, JsonNode>(state.params())
            .forEach((name, value) -> params.set(name, ContractJsonWriter.sorted(value)));
      }
    }
  }

  private void message(ObjectNode node, Message message) {
    bodies.write(node, "contents", message.contents());
    if (!message.metadata().isEmpty()) {
      ObjectNode metadata = node.putObject(version == SpecVersion.V4 ? "metadata" : "metaData");
      new TreeMap<String, JsonNode>(message.metadata()).forEach(metadata::set);
    }
    messageRules.write(node, "matchingRules", message.matchingRules());
    messageGenerators.write(node, "generators", message.generators());
  }
}
