package dev.treaty.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.contract.Body;
import dev.treaty.contract.SpecVersion;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every official conformance case's expected and actual part parses with its version's reader. */
class ConformanceCasesParseTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static Path root() throws URISyntaxException {
    return Path.of(ConformanceCasesParseTest.class.getResource("/pact-specification").toURI());
  }

  static List<Path> caseFiles() throws IOException, URISyntaxException {
    Path root = root();
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".json"))
          .filter(f -> root.relativize(f).getNameCount() == 4)
          .sorted()
          .toList();
    }
  }

  @Test
  void thereAre803Cases() throws Exception {
    assertThat(caseFiles()).hasSize(803);
  }

  @TestFactory
  Stream<DynamicTest> everyCaseParses() throws Exception {
    Path root = root();
    return caseFiles().stream()
        .map(file -> DynamicTest.dynamicTest(root.relativize(file).toString(), () -> parses(root, file)));
  }

  private static void parses(Path root, Path file) throws IOException {
    Path relative = root.relativize(file);
    SpecVersion version = SpecVersion.parse(relative.getName(0).toString()).orElseThrow();
    String kind = relative.getName(1).toString();
    String text = Files.readString(file, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    JsonNode testCase = MAPPER.readTree(text);
    for (String side : List.of("expected", "actual")) {
      JsonNode part = testCase.get(side);
      Body body =
          switch (kind) {
            case "request" -> PactReader.readRequest(part, version).body();
            case "response" -> PactReader.readResponse(part, version).body();
            case "message" -> PactReader.readMessage(part, version).contents();
            default -> throw new AssertionError("unknown kind " + kind);
          };
      boolean hasBody = part.has("body") || part.has("contents");
      assertThat(body instanceof Body.Missing).as(side + " body missing").isEqualTo(!hasBody);
      String name = file.getFileName().toString();
      boolean declaredJson = part.path("headers").path("Content-Type").asText().contains("json");
      if (body.isPresent() && name.endsWith("xml.json") && !declaredJson) {
        assertThat(body).as(side + " body").isInstanceOf(Body.Xml.class);
      }
      if (body.isPresent() && name.startsWith("plain text")) {
        assertThat(body).as(side + " body").isInstanceOf(Body.Text.class);
      }
    }
  }
}
