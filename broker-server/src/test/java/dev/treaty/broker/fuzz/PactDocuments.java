package dev.treaty.broker.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.internal.api.JsonTrees;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real pact documents to mutate: contract-core's test fixtures (V3 and V4 HTTP pacts, V3
 * messages, files written by pact-jvm 4.6 and pact-js), renamed to the fuzz world's consumer and
 * provider so that the broker gets past "the names disagree" into the document itself.
 */
final class PactDocuments {
  static final List<String> NAMES = List.of("/dev/treaty/pact/pact-v3.json", "/dev/treaty/pact/pact-v4.json",
      "/dev/treaty/pact/messages-v3.json", "/pacts/pact-jvm-4.6-v4.json", "/pacts/pact-js-v3.json");
  private static final Map<String, JsonNode> CACHE = new ConcurrentHashMap<>();

  private PactDocuments() {}

  /** A fresh copy of fixture {@code name} naming {@code consumer} and {@code provider}. */
  static JsonNode load(String name, String consumer, String provider) {
    ObjectNode pact = (ObjectNode) CACHE.computeIfAbsent(name, PactDocuments::read).deepCopy();
    pact.putObject("consumer").put("name", consumer);
    pact.putObject("provider").put("name", provider);
    return pact;
  }

  private static JsonNode read(String name) {
    try (InputStream in = PactDocuments.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name + " (contract-core's test-jar)");
      }
      return JsonTrees.MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
