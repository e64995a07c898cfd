package dev.treaty.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.contract.Contract;
import dev.treaty.contract.SpecVersion;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Round trips of generated contracts, and robustness of the reader against arbitrary input. */
class PactJsonPropertiesTest {

  @Property(tries = 200)
  void v3ContractsRoundTrip(@ForAll("v3Contracts") Contract contract) {
    assertRoundTrip(contract, SpecVersion.V3);
  }

  @Property(tries = 200)
  void v4ContractsRoundTrip(@ForAll("v4Contracts") Contract contract) {
    assertRoundTrip(contract, SpecVersion.V4);
  }

  @Property(tries = 500)
  void arbitraryTextGivesAContractOrAParseException(@ForAll("texts") String text) {
    assertReadsOrFailsCleanly(text);
  }

  @Property(tries = 1000)
  void mutatedPactsGiveAContractOrAParseException(
      @ForAll("fixtures") String fixture, @ForAll("pathSeeds") List<Integer> seeds,
      @ForAll("replacements") JsonNode replacement) {
    JsonNode tree = PactReaderTest.json(fixture);
    replaceSomewhere(tree, seeds, replacement);

    assertReadsOrFailsCleanly(tree.toString());
  }

  @Property(tries = 500)
  void arbitraryTreesGiveAPartOrAParseException(@ForAll("replacements") JsonNode tree) {
    for (SpecVersion version : SpecVersion.values()) {
      parseOrFailCleanly(() -> PactReader.readRequest(tree, version));
      parseOrFailCleanly(() -> PactReader.readResponse(tree, version));
      parseOrFailCleanly(() -> PactReader.readMessage(tree, version));
    }
  }

  @Provide
  Arbitrary<Contract> v3Contracts() {
    return new ContractArbitraries(SpecVersion.V3).contracts();
  }

  @Provide
  Arbitrary<Contract> v4Contracts() {
    return new ContractArbitraries(SpecVersion.V4).contracts();
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> anyText = Arbitraries.strings().ofMaxLength(40);
    Arbitrary<String> jsonish = Arbitraries.strings().withChars("{}[]\":,0123456789.-eE truefalsn\\\uFEFF")
        .ofMaxLength(40);
    Arbitrary<String> truncated = fixtures().flatMap(f ->
        Arbitraries.integers().between(0, f.length()).map(n -> f.substring(0, n)));
    return Arbitraries.oneOf(anyText, jsonish, truncated);
  }

  @Provide
  Arbitrary<String> fixtures() {
    return Arbitraries.of("pact-jvm-4.6-v4.json", "pact-js-v3.json").map(name -> {
      try {
        return PactReaderTest.fixture(name);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }

  @Provide
  Arbitrary<List<Integer>> pathSeeds() {
    return Arbitraries.integers().between(0, 1000).list().ofMinSize(1).ofMaxSize(8);
  }

  @Provide
  Arbitrary<JsonNode> replacements() {
    Arbitrary<JsonNode> pactWords = Arbitraries.of("GET", "Synchronous/HTTP", "Asynchronous/Messages",
            "base64", "json", "AND", "OR", "type", "regex", "application/json", "4.0", "2.0.0", "$.body.a")
        .map(word -> (JsonNode) com.fasterxml.jackson.databind.node.TextNode.valueOf(word));
    return Arbitraries.oneOf(ContractArbitraries.json(), pactWords);
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
