package dev.treaty.broker.interop;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.internal.api.JsonTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Writes small Pact V3 or V4 files (GET requests answered with a JSON body) for the CLIs to publish. */
final class PactFiles {
  private static final ObjectMapper MAPPER = JsonTrees.MAPPER;

  /** The Pact specification a file is written in. */
  enum Spec {
    V3,
    V4
  }

  /** One interaction: GET {@code path} answered 200 with exactly {@code body}. */
  record Expectation(String description, String path, Map<String, Object> body) {
    static Expectation order(int id, String status) {
      return new Expectation("get order " + id, "/orders/" + id, Map.of("id", id, "status", status));
    }
  }

  private PactFiles() {}

  /** Writes {@code <consumer>-<provider>.json} into {@code dir} and returns its path. */
  static Path write(Path dir, Spec spec, String consumer, String provider, List<Expectation> expectations) {
    ObjectNode pact = MAPPER.createObjectNode();
    pact.putObject("consumer").put("name", consumer);
    pact.putObject("provider").put("name", provider);
    ArrayNode interactions = pact.putArray("interactions");
    for (Expectation expectation : expectations) {
      interactions.add(spec == Spec.V3 ? v3(expectation) : v4(expectation));
    }
    pact.putObject("metadata").putObject("pactSpecification").put("version", spec == Spec.V3 ? "3.0.0" : "4.0");
    try {
      Files.createDirectories(dir);
      Path file = dir.resolve(consumer + "-" + provider + ".json");
      MAPPER.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), pact);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The pact a single-consumer file holds, as the JSON text the broker receives. */
  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode v3(Expectation expectation) {
    ObjectNode interaction = MAPPER.createObjectNode();
    interaction.put("description", expectation.description());
    interaction.putObject("request").put("method", "GET").put("path", expectation.path());
    ObjectNode response = interaction.putObject("response");
    response.put("status", 200);
    response.putObject("headers").put("Content-Type", "application/json");
    response.set("body", MAPPER.valueToTree(expectation.body()));
    return interaction;
  }

  private static ObjectNode v4(Expectation expectation) {
    ObjectNode interaction = MAPPER.createObjectNode();
    interaction.put("type", "Synchronous/HTTP");
    interaction.put("description", expectation.description());
    interaction.put("pending", false);
    interaction.putObject("request").put("method", "GET").put("path", expectation.path());
    ObjectNode response = interaction.putObject("response");
    response.put("status", 200);
    response.putObject("headers").putArray("Content-Type").add("application/json");
    ObjectNode body = response.putObject("body");
    body.set("content", MAPPER.valueToTree(expectation.body()));
    body.put("contentType", "application/json");
    body.put("encoded", false);
    return interaction;
  }
}
