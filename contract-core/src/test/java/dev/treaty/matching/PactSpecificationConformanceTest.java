package dev.treaty.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.contract.HttpInteraction;
import dev.treaty.contract.MessageInteraction;
import dev.treaty.contract.SpecVersion;
import dev.treaty.json.PactReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs every official Pact specification matching case (803 files) through the engine. */
class PactSpecificationConformanceTest {
  private static final String ROOT = "pact-specification";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TestFactory
  Stream<DynamicTest> everyCaseGetsTheVerdictTheSpecificationGives() throws IOException, URISyntaxException {
    URL url = getClass().getClassLoader().getResource(ROOT);
    assertThat(url).as("conformance cases on the classpath").isNotNull();
    Path root = Path.of(url.toURI());
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).hasSize(803);
    return files.stream().map(file -> {
      String name = root.relativize(file).toString().replace('\\', '/').replaceAll("\\.json$", "");
      return DynamicTest.dynamicTest(name, () -> runCase(name));
    });
  }

  private void runCase(String name) throws IOException {
    JsonNode testCase = read(ROOT + "/" + name + ".json");
    String[] parts = name.split("/");
    SpecVersion version = SpecVersion.parse(parts[0]).orElseThrow();
    String kind = parts[1];
    JsonNode expected = testCase.get("expected");
    JsonNode actual = testCase.get("actual");
    MatchingEngine engine = MatchingEngine.forSpecVersion(version);
    MatchResult result;
    String rendered;
    switch (kind) {
      case "request" -> {
        var e = PactReader.readRequest(expected, version);
        result = engine.matchRequest(e, PactReader.readRequest(actual, version));
        rendered = PlainTextMismatchRenderer.render("consumer", "provider",
            new HttpInteraction(name, List.of(), e, dev.treaty.contract.HttpResponse.of(200), null), result);
      }
      case "response" -> {
        result = engine.matchResponse(PactReader.readResponse(expected, version),
            PactReader.readResponse(actual, version));
        rendered = PlainTextMismatchRenderer.render("consumer", "provider", name, List.of(), result);
      }
      default -> {
        var e = PactReader.readMessage(expected, version);
        result = engine.matchMessage(e, PactReader.readMessage(actual, version));
        rendered = PlainTextMismatchRenderer.render("consumer", "provider",
            new MessageInteraction(name, List.of(), e, null), result);
      }
    }
    boolean match = testCase.get("match").asBoolean();
    assertThat(result.matched())
        .as("%s%n  comment: %s%n  file: %s.json%n%s", name, testCase.path("comment").asText(), name, rendered)
        .isEqualTo(match);
  }

  private JsonNode read(String resource) throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      return MAPPER.readTree(text);
    }
  }
}
