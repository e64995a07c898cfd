package dev.treaty.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.treaty.contract.Category;
import dev.treaty.contract.Contract;
import dev.treaty.contract.HttpInteraction;
import dev.treaty.contract.MatchingRule;
import dev.treaty.contract.MatchingRules;
import dev.treaty.contract.MessageInteraction;
import dev.treaty.contract.ProviderState;
import dev.treaty.contract.RuleGroup;
import dev.treaty.contract.SpecVersion;
import dev.treaty.json.PactReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Treaty accepts and loads the pact files that pact-jvm 4.6 writes (V3 and V4, HTTP and messages),
 * and refuses broken variants of them, naming the file and the JSON path.
 */
class PactJvmCompatibilityTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path pacts;

  @BeforeAll
  static void writePactsWithPactJvm() {
    PactJvmPacts.writeAll(pacts);
  }

  @ParameterizedTest
  @ValueSource(strings = {PactJvmPacts.HTTP_V3, PactJvmPacts.HTTP_V4, PactJvmPacts.MESSAGE_V3, PactJvmPacts.MESSAGE_V4})
  void validateAcceptsThePactJvmFile(String name) {
    CliRun run = CliRun.of("validate", pacts.resolve(name).toString());

    assertThat(run.exitCode()).as(run.out()).isZero();
    assertThat(run.out()).startsWith("OK   ");
  }

  @ParameterizedTest
  @ValueSource(strings = {PactJvmPacts.HTTP_V3, PactJvmPacts.HTTP_V4})
  void readerLoadsTheHttpInteractionsWithTheirRules(String name) {
    Contract contract = PactReader.read(pacts.resolve(name));

    assertThat(contract.consumer()).isEqualTo("order-web");
    assertThat(contract.provider()).isEqualTo("order-service");
    assertThat(contract.specVersion()).isEqualTo(name.equals(PactJvmPacts.HTTP_V3) ? SpecVersion.V3 : SpecVersion.V4);
    assertThat(contract.httpInteractions())
        .extracting(HttpInteraction::description)
        .containsExactlyInAnyOrder("a request for order 42", "a request for a missing order");
    HttpInteraction order = contract.httpInteractions().stream()
        .filter(i -> i.description().equals("a request for order 42")).findFirst().orElseThrow();
    assertThat(order.providerStates()).containsExactly(
        new ProviderState("order exists", java.util.Map.of("id", IntNode.valueOf(42))));
    assertThat(order.request().method()).isEqualTo("GET");
    assertThat(order.request().path()).isEqualTo("/orders/42");
    MatchingRules requestRules = order.request().matchingRules();
    assertThat(requestRules.get(Category.QUERY).get("expand")).isEqualTo(RuleGroup.of(new MatchingRule.Regex("items|customer")));
    assertThat(requestRules.get(Category.HEADER).get("Accept")).isEqualTo(RuleGroup.of(new MatchingRule.Regex("application/json.*")));
    assertThat(order.response().status()).isEqualTo(200);
    assertThat(order.response().matchingRules().get(Category.HEADER).get("Content-Type"))
        .isEqualTo(RuleGroup.of(new MatchingRule.Regex("application/json(;.*)?")));
    assertOrderBodyRules(order.response().matchingRules());
  }

  @ParameterizedTest
  @ValueSource(strings = {PactJvmPacts.MESSAGE_V3, PactJvmPacts.MESSAGE_V4})
  void readerLoadsTheMessageWithItsMetadataAndRules(String name) {
    Contract contract = PactReader.read(pacts.resolve(name));

    assertThat(contract.consumer()).isEqualTo("order-events");
    assertThat(contract.messageInteractions()).singleElement().satisfies(message -> {
      assertThat(message.description()).isEqualTo("an order shipped event");
      assertThat(message.providerStates()).containsExactly(new ProviderState("order shipped",
          java.util.Map.of("id", IntNode.valueOf(42), "carrier", TextNode.valueOf("DHL"))));
      assertThat(message.message().metadata()).containsEntry("topic", TextNode.valueOf("orders"));
      assertOrderBodyRules(message.message().matchingRules());
    });
  }

  private static void assertOrderBodyRules(MatchingRules rules) {
    assertThat(rules.get(Category.BODY))
        .containsEntry("$.id", RuleGroup.of(new MatchingRule.IntegerType()))
        .containsEntry("$.status", RuleGroup.of(MatchingRule.Type.any()))
        .containsEntry("$.reference", RuleGroup.of(new MatchingRule.Regex("ORD-\\d+")))
        .containsEntry("$.total", RuleGroup.of(new MatchingRule.DecimalType()))
        .containsEntry("$.createdAt", RuleGroup.of(new MatchingRule.Timestamp("yyyy-MM-dd'T'HH:mm:ss")))
        .containsEntry("$.items", RuleGroup.of(new MatchingRule.Type(1, null)))
        .containsEntry("$.items[*].quantity", RuleGroup.of(new MatchingRule.IntegerType()));
  }

  static Stream<Arguments> brokenVariants() {
    return Stream.of(
        broken("status-as-string", PactJvmPacts.HTTP_V3, "$.interactions[1].response.status",
            pact -> order(pact).with("response").put("status", "200")),
        broken("regex-does-not-compile", PactJvmPacts.HTTP_V4,
            "$.interactions[1].response.matchingRules.body['$.reference'].matchers[0].regex",
            pact -> matcher(order(pact).get("response"), "$.reference").put("regex", "ORD-(\\d+")),
        broken("unknown-matcher", PactJvmPacts.MESSAGE_V3,
            "$.messages[0].matchingRules.body['$.id'].matchers[0].match",
            pact -> matcher(pact.get("messages").get(0), "$.id").put("match", "integr")),
        broken("method-as-number", PactJvmPacts.HTTP_V3, "$.interactions[1].request.method",
            pact -> order(pact).with("request").put("method", 42)),
        broken("missing-consumer-name", PactJvmPacts.MESSAGE_V4, "$.consumer.name",
            pact -> pact.with("consumer").remove("name")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenVariants")
  void brokenVariantIsRefusedNamingFileAndPath(String variant, String original, String jsonPath,
      Consumer<ObjectNode> edit, @TempDir Path dir) throws IOException {
    Path file = dir.resolve(variant + ".json");
    ObjectNode pact = (ObjectNode) JSON.readTree(pacts.resolve(original).toFile());
    edit.accept(pact);
    JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), pact);

    CliRun run = CliRun.of("validate", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("  " + file + ":").contains(" " + jsonPath + ": ");
    Golden.assertMatches(run.relativeTo(dir, "dir").out(), "pact-jvm-" + variant);
  }

  @Test
  void allBrokenVariantsTogetherAreSummarised(@TempDir Path dir) throws IOException {
    for (Arguments arguments : brokenVariants().toList()) {
      Object[] a = arguments.get();
      ObjectNode pact = (ObjectNode) JSON.readTree(pacts.resolve((String) a[1]).toFile());
      @SuppressWarnings("unchecked")
      Consumer<ObjectNode> edit = (Consumer<ObjectNode>) a[3];
      edit.accept(pact);
      JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve(a[0] + ".json").toFile(), pact);
    }

    CliRun run = CliRun.of("validate", dir.toString(), pacts.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).endsWith("\n9 files checked: 4 valid, 5 invalid (5 problems)\n");
  }

  private static Arguments broken(String variant, String original, String jsonPath, Consumer<ObjectNode> edit) {
    return Arguments.of(variant, original, jsonPath, edit);
  }

  /** The interaction "a request for order 42"; pact-jvm sorts interactions by description. */
  private static ObjectNode order(ObjectNode pact) {
    JsonNode second = pact.get("interactions").get(1);
    assertThat(second.get("description").asText()).isEqualTo("a request for order 42");
    return (ObjectNode) second;
  }

  private static ObjectNode matcher(JsonNode part, String path) {
    return (ObjectNode) part.get("matchingRules").get("body").get(path).get("matchers").get(0);
  }
}
