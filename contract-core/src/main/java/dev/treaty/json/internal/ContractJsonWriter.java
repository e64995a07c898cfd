package dev.treaty.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.contract.Contract;
import dev.treaty.contract.Interaction;
import dev.treaty.contract.MessageInteraction;
import dev.treaty.contract.OtherInteraction;
import dev.treaty.contract.SpecVersion;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes a whole contract as a V3 or V4 pact file: parties, interactions sorted by type,
 * description and provider states, metadata with sorted keys, then kept top-level fields.
 */
public final class ContractJsonWriter {
  private static final Comparator<Interaction> ORDER =
      Comparator.comparing(Interaction::type)
          .thenComparing(Interaction::description)
          .thenComparing(ContractJsonWriter::stateNames);

  private final SpecVersion version;

  public ContractJsonWriter(SpecVersion version) {
    if (version != SpecVersion.V3 && version != SpecVersion.V4) {
      throw new IllegalArgumentException(
          "Treaty writes pact files as V3 or V4, not " + version
              + "; pass SpecVersion.V3 or SpecVersion.V4");
    }
    this.version = version;
  }

  public ObjectNode write(Contract contract) {
    List<Interaction> interactions = contract.interactions().stream().sorted(ORDER).toList();
    boolean messages = version == SpecVersion.V3 && checkV3(contract, interactions);
    ObjectNode root = PactJson.NODES.objectNode();
    root.putObject("consumer").put("name", contract.consumer());
    root.putObject("provider").put("name", contract.provider());
    InteractionJsonWriter writer = new InteractionJsonWriter(version);
    ArrayNode list = root.putArray(messages ? "messages" : "interactions");
    interactions.forEach(interaction -> list.add(writer.write(interaction)));
    root.set("metadata", new MetadataJsonWriter(version).write(contract.metadata()));
    new TreeMap<>(contract.extensions()).forEach(
        (name, value) -> {
          if (!root.has(name)) {
            root.set(name, value);
          }
        });
    return root;
  }

  /** Whether a V3 file lists messages; fails when the interactions cannot be written as V3. */
  private static boolean checkV3(Contract contract, List<Interaction> interactions) {
    long messages = interactions.stream().filter(MessageInteraction.class::isInstance).count();
    long http = contract.httpInteractions().size();
    for (Interaction interaction : interactions) {
      if (interaction instanceof OtherInteraction other) {
        throw new IllegalArgumentException(
            "a V3 pact cannot hold the " + other.type() + " interaction \"" + other.description()
                + "\" of " + parties(contract) + "; write the contract as V4");
      }
    }
    if (messages > 0 && http > 0) {
      throw new IllegalArgumentException(
          "a V3 pact holds either HTTP interactions or messages, but " + parties(contract)
              + " has " + http + " HTTP interaction(s) and " + messages
              + " message(s); write the contract as V4 or split it in two");
    }
    return messages > 0;
  }

  private static String parties(Contract contract) {
    return contract.consumer() + " -> " + contract.provider();
  }

  private static String stateNames(Interaction interaction) {
    return interaction.providerStates().stream()
        .map(state -> state.name())
        .collect(Collectors.joining("\u0000"));
  }

  /** The tree of {@code node} with object keys sorted at every level. */
  static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      ObjectNode copy = PactJson.NODES.objectNode();
      new TreeMap<String, JsonNode>(
              node.properties().stream()
                  .collect(Collectors.toMap(e -> e.getKey(), e -> e.getValue())))
          .forEach((name, value) -> copy.set(name, sorted(value)));
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = PactJson.NODES.arrayNode();
      node.forEach(element -> copy.add(sorted(element)));
      return copy;
    }
    return node;
  }
}
