package dev.treaty.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.treaty.contract.Category;
import dev.treaty.contract.Contract;
import dev.treaty.contract.Generator;
import dev.treaty.contract.SpecVersion;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Generators read into their records and written back as they were; unknown ones are kept. */
class GeneratorsJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String GENERATORS = """
      {"body": {
        "$.a": {"type": "RandomInt", "min": 1, "max": 9},
        "$.b": {"type": "RandomDecimal", "digits": 5},
        "$.c": {"type": "RandomHexadecimal", "digits": 12},
        "$.d": {"type": "RandomString", "size": 7},
        "$.e": {"type": "Regex", "regex": "\\\\d{3}"},
        "$.f": {"type": "Uuid", "format": "simple"},
        "$.g": {"type": "Date", "format": "yyyy-MM-dd", "expression": "+ 1 day"},
        "$.h": {"type": "Time", "format": "HH:mm", "expression": "@ noon"},
        "$.i": {"type": "DateTime", "format": "yyyy-MM-dd'T'HH:mm", "expression": "tomorrow @ midnight"},
        "$.j": {"type": "RandomBoolean"},
        "$.k": {"type": "ProviderState", "expression": "${id}", "dataType": "INTEGER"},
        "$.l": {"type": "MockServerURL", "regex": ".*(/o/\\\\d+)$", "example": "http://x/o/1"},
        "$.m": {"type": "ArrayContains", "variants": [{"index": 0, "generators": {}}]},
        "$.n": {"type": "RandomInt", "min": "1"},
        "$.o": {"type": "Uuid", "format": "simple", "case": "odd"},
        "$.p": {"type": "PluginThing", "x": [1, 2]},
        "$.q": {"type": "RandomInt"}
      }, "status": {"type": "RandomInt", "min": 200, "max": 299}}""";

  @Test
  void everyPactGeneratorTypeIsReadIntoItsRecord() throws Exception {
    var body = read(GENERATORS).httpInteractions().get(0).response().generators().get(Category.BODY);

    assertThat(body).containsEntry("$.a", new Generator.RandomInt(1, 9))
        .containsEntry("$.b", new Generator.RandomDecimal(5))
        .containsEntry("$.c", new Generator.RandomHexadecimal(12))
        .containsEntry("$.d", new Generator.RandomString(7))
        .containsEntry("$.e", new Generator.Regex("\\d{3}"))
        .containsEntry("$.f", new Generator.Uuid("simple"))
        .containsEntry("$.g", new Generator.Date("yyyy-MM-dd", "+ 1 day"))
        .containsEntry("$.h", new Generator.Time("HH:mm", "@ noon"))
        .containsEntry("$.i", new Generator.DateTime("yyyy-MM-dd'T'HH:mm", "tomorrow @ midnight"))
        .containsEntry("$.j", new Generator.RandomBoolean())
        .containsEntry("$.k", new Generator.ProviderState("${id}", "INTEGER"))
        .containsEntry("$.l", new Generator.MockServerURL(".*(/o/\\d+)$", "http://x/o/1"))
        .containsEntry("$.q", new Generator.RandomInt(null, null));
  }

  @Test
  void unknownTypesAndKnownTypesWithUnexpectedAttributesAreKeptAsRead() throws Exception {
    var body = read(GENERATORS).httpInteractions().get(0).response().generators().get(Category.BODY);

    assertThat(body.get("$.m")).isInstanceOf(Generator.Unknown.class);
    assertThat(body.get("$.n")).isEqualTo(new Generator.Unknown("RandomInt", Map.of("min", TextNode.valueOf("1"))));
    assertThat(body.get("$.o")).isEqualTo(new Generator.Unknown("Uuid",
        Map.of("format", TextNode.valueOf("simple"), "case", TextNode.valueOf("odd"))));
    assertThat(((Generator.Unknown) body.get("$.p")).attributes().get("x").get(1)).isEqualTo(IntNode.valueOf(2));
  }

  @Test
  void writingGivesBackTheGeneratorsAsRead() throws Exception {
    Contract contract = read(GENERATORS);

    JsonNode written = JSON.readTree(PactWriter.write(contract, SpecVersion.V4));

    assertThat(written.at("/interactions/0/response/generators")).isEqualTo(JSON.readTree(GENERATORS));
    assertThat(PactReader.read(PactWriter.write(contract, SpecVersion.V4), "again")).isEqualTo(contract);
  }

  @Test
  void timestampIsReadAsDateTime() throws Exception {
    var body = read("{\"body\": {\"$.t\": {\"type\": \"Timestamp\", \"format\": \"yyyy\"}}}")
        .httpInteractions().get(0).response().generators().get(Category.BODY);

    assertThat(body.get("$.t")).isEqualTo(new Generator.DateTime("yyyy", null));
  }

  private static Contract read(String generators) {
    return PactReader.read("""
        {"consumer": {"name": "c"}, "provider": {"name": "p"},
         "interactions": [{"type": "Synchronous/HTTP", "description": "d",
           "request": {"method": "GET", "path": "/"},
           "response": {"status": 200, "generators": %s}}],
         "metadata": {"pactSpecification": {"version": "4.0"}}}""".formatted(generators), "test");
  }
}
