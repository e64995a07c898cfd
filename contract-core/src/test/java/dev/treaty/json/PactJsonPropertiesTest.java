package dev.treaty.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.treaty.contract.Contract;
import dev.treaty.contract.SpecVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

// QuickTheories properties: random seed, reported on failure; see README.md, "Property tests".
/** Round trips of generated contracts, and robustness of the reader against arbitrary input. */
class PactJsonPropertiesTest {
  private static final Map<String, String> FIXTURES = fixtures("pact-jvm-4.6-v4.json", "pact-js-v3.json");

  @Test
  void v3ContractsRoundTrip() {
    qt().withExamples(200).forAll(new ContractGenerators(SpecVersion.V3).contracts())
        .checkAssert(contract -> assertRoundTrip(contract, SpecVersion.V3));
  }

  @Test
  void v4ContractsRoundTrip() {
    qt().withExamples(200).forAll(new ContractGenerators(SpecVersion.V4).contracts())
        .checkAssert(contract -> assertRoundTrip(contract, SpecVersion.V4));
  }

  @Test
  void arbitraryTextGivesAContractOrAParseException() {
    qt().withExamples(600).forAll(texts()).checkAssert(PactJsonPropertiesTest::assertReadsOrFailsCleanly);
  }

  @Test
  void mutatedPactsGiveAContractOrAParseException() {
    qt().withExamples(1100).forAll(Generate.pick(List.copyOf(FIXTURES.keySet())), pathSeeds(), replacements())
        .checkAssert((fixture, seeds, replacement) -> {
          JsonNode tree = PactReaderTest.json(FIXTURES.get(fixture));
          replaceSomewhere(tree, seeds, replacement);

          assertReadsOrFailsCleanly(tree.toString());
        });
  }

  @Test
  void arbitraryTreesGiveAPartOrAParseException() {
    qt().withExamples(600).forAll(replacements()).checkAssert(tree -> {
      for (SpecVersion version : SpecVersion.values()) {
        parseOrFailCleanly(() -> PactReader.readRequest(tree, version));
        parseOrFailCleanly(() -> PactReader.readResponse(tree, version));
        parseOrFailCleanly(() -> PactReader.readMessage(tree, version));
      }
    });
  }

  /** Any Unicode text, text made of JSON's punctuation and words, and truncated real pacts. */
  private static Gen<String> texts() {
    Gen<String> anyText = strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 40)
        .mix(strings().allPossible().ofLengthBetween(0, 40), 25);
    List<Character> jsonChars = "{}[]\":,0123456789.-eE truefalsn\\\uFEFF".chars()
        .mapToObj(c -> (char) c).toList();
    Gen<String> jsonish = ContractGenerators.stringsOf(Generate.pick(jsonChars), 0, 40);
    Gen<String> truncated = Generate.pick(List.copyOf(FIXTURES.values()))
        .flatMap(f -> integers().between(0, f.length()).map(n -> f.substring(0, n)));
    return ContractGenerators.oneOf(List.of(anyText, jsonish, truncated));
  }

  private static Map<String, String> fixtures(String... names) {
    Map<String, String> fixtures = new LinkedHashMap<>();
    for (String name : names) {
      try {
        fixtures.put(name, PactReaderTest.fixture(name));
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    }
    return fixtures;
  }

  private static Gen<List<Integer>> pathSeeds() {
    return lists().of(integers().between(0, 1000)).ofSizeBetween(1, 8);
  }

  private static Gen<JsonNode> replacements() {
    Gen<JsonNode> pactWords = Generate.pick(List.of("GET", "Synchronous/HTTP", "Asynchronous/Messages",
            "base64", "json", "AND", "OR", "type", "regex", "application/json", "4.0", "2.0.0", "$.body.a"))
        .map(TextNode::valueOf);
    return ContractGenerators.json().mix(pactWords);
  }

  private static void assertRoundTrip(Contract contract, SpecVersion version) {
    String written = PactWriter.write(contract, version);
    Contract read = PactReader.read(written, "generated");

    assertThat(read.interactions()).containsExactlyInAnyOrderElementsOf(contract.interactions());
    assertThat(withoutInteractions(read)).isEqualTo(withoutInteractions(contract));
    assertThat(PactWriter.write(read, version)).isEqualTo(written);
  }

  private static Contract withoutInteractions(Contract c) {
    return new Contract(c.consumer(), c.provider(), List.of(), c.specVersion(), c.metadata(), c.extensions());
  }

  private static void assertReadsOrFailsCleanly(String text) {
    parseOrFailCleanly(() -> PactReader.read(text, "fuzz.json"));
  }

  private static void parseOrFailCleanly(Runnable read) {
    try {
      read.run();
    } catch (ContractParseException expected) {
      assertThat(expected.getMessage()).startsWith(expected.source());
    }
  }

  /** Walks down {@code tree} choosing children by {@code seeds}, then replaces the node reached. */
  private static void replaceSomewhere(JsonNode tree, List<Integer> seeds, JsonNode replacement) {
    JsonNode parent = tree;
    for (int i = 0; i < seeds.size(); i++) {
      int seed = seeds.get(i);
      if (!(parent instanceof ContainerNode<?>) || parent.isEmpty()) {
        return;
      }
      boolean last = i == seeds.size() - 1;
      if (parent instanceof ObjectNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        String name = names.get(seed % names.size());
        JsonNode child = object.get(name);
        if (last || !(child instanceof ContainerNode<?>) || child.isEmpty()) {
          object.set(name, replacement);
          return;
        }
        parent = child;
      } else {
        ArrayNode array = (ArrayNode) parent;
        int index = seed % array.size();
        JsonNode child = array.get(index);
        if (last || !(child instanceof ContainerNode<?>) || child.isEmpty()) {
          array.set(index, replacement);
          return;
        }
        parent = child;
      }
    }
  }
}
