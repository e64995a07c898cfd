package dev.treaty.junit.consumer.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.treaty.contract.Contract;
import dev.treaty.contract.Interaction;
import dev.treaty.contract.MessageInteraction;
import dev.treaty.contract.SpecVersion;
import dev.treaty.pact.InteractionKey;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One contract file being assembled during a run: the interactions of the passing tests that
 * contribute to it, and the tests that failed (any failure keeps the file from being written).
 */
final class PendingContract {
  private final String consumer;
  private final String provider;
  private final Path file;
  private final SpecVersion specVersion;
  private final Map<InteractionKey, Recorded> interactions = new LinkedHashMap<>();
  private final Set<String> failures = new LinkedHashSet<>();
  private final Set<String> kinds = new LinkedHashSet<>();

  PendingContract(String consumer, String provider, Path file, SpecVersion specVersion) {
    this.consumer = consumer;
    this.provider = provider;
    this.file = file;
    this.specVersion = specVersion;
  }

  Path file() {
    return file;
  }

  SpecVersion specVersion() {
    return specVersion;
  }

  /** Fails when {@code interaction} cannot share this file with what was declared before. */
  void checkKind(Interaction interaction) {
    String kind = interaction instanceof MessageInteraction ? "messages" : "HTTP interactions";
    kinds.add(kind);
    if (specVersion == SpecVersion.V3 && kinds.size() > 1) {
      kinds.remove(kind);
      throw new IllegalStateException("contract " + file.getFileName() + " is Pact V3, which cannot hold"
          + " HTTP interactions and messages in one file, but " + quote(interaction.description())
          + " adds " + kind + " to its " + kinds.iterator().next() + "; write Pact V4 (specVersion = \"" + SpecVersion.V4.name() + "\""
          + " on @TreatyConsumerTest or treaty.contracts.spec-version=" + SpecVersion.V4.name()
          + "), or give the messages a"
          + " provider name of their own");
    }
  }

  /** Adds the interactions of a passing test, or fails if one contradicts an earlier declaration. */
  void record(List<? extends Interaction> declared, String source) {
    for (Interaction interaction : declared) {
      InteractionKey key = InteractionKey.of(interaction);
      Recorded earlier = interactions.get(key);
      if (earlier != null && !earlier.interaction.equals(interaction)) {
        throw new IllegalStateException("interaction " + quote(interaction.description())
            + " for " + provider + " is declared differently in " + earlier.source + " and " + source
            + "; give different interactions different descriptions or provider states");
      }
      if (earlier == null) {
        interactions.put(key, new Recorded(interaction, source));
      }
    }
  }

  void fail(String source) {
    failures.add(source);
  }

  List<String> failures() {
    return List.copyOf(failures);
  }

  int size() {
    return interactions.size();
  }

  Contract contract(String treatyVersion) {
    List<Interaction> list = new ArrayList<>();
    interactions.values().forEach(r -> list.add(r.interaction));
    JsonNode treaty = JsonNodeFactory.instance.objectNode().put("version", treatyVersion);
    return new Contract(consumer, provider, list, specVersion, Map.of("treaty", treaty), Map.of());
  }

  private static String quote(String s) {
    return "\"" + s + "\"";
  }

  private record Recorded(Interaction interaction, String source) {}
}
