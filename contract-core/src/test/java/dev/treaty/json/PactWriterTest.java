package dev.treaty.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.treaty.contract.Body;
import dev.treaty.contract.Category;
import dev.treaty.contract.Contract;
import dev.treaty.contract.Generator;
import dev.treaty.contract.Generators;
import dev.treaty.contract.Headers;
import dev.treaty.contract.HttpInteraction;
import dev.treaty.contract.HttpRequest;
import dev.treaty.contract.HttpResponse;
import dev.treaty.contract.Interaction;
import dev.treaty.contract.MatchingRule;
import dev.treaty.contract.MatchingRules;
import dev.treaty.contract.Message;
import dev.treaty.contract.MessageInteraction;
import dev.treaty.contract.OtherInteraction;
import dev.treaty.contract.ProviderState;
import dev.treaty.contract.Query;
import dev.treaty.contract.RuleGroup;
import dev.treaty.contract.SpecVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PactWriterTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void v3OutputHasFixedKeyOrderAndSortedInteractions() {
    Golden.assertMatches("written-v3", PactWriter.write(ordersContract(), SpecVersion.V3).stripTrailing());
  }

  @Test
  void v4OutputWrapsBodiesAndListsHeaderValues() {
    Contract contract = withInteractions(ordersContract(), List.of(
        httpInteraction("get order", "order exists"), shippedMessage(), binaryUpload()));

    Golden.assertMatches("written-v4", PactWriter.write(contract, SpecVersion.V4).stripTrailing());
  }

  @Test
  void v3MessagePactListsMessages() {
    Contract contract = withInteractions(ordersContract(), List.of(shippedMessage()));

    String json = PactWriter.write(contract, SpecVersion.V3);

    assertThat(PactReaderTest.json(json).has("messages")).isTrue();
    assertThat(PactReaderTest.json(json).has("interactions")).isFalse();
    assertThat(PactReaderTest.json(json).at("/messages/0/metaData/topic").asText()).isEqualTo("orders");
    assertThat(PactReaderTest.json(json).at("/messages/0/matchingRules/body").isObject()).isTrue();
  }

  @Test
  void providerStateParamsAreWrittenInKeyOrderWhateverTheMapOrder() {
    java.util.LinkedHashMap<String, com.fasterxml.jackson.databind.JsonNode> zyx = new java.util.LinkedHashMap<>();
    zyx.put("z", IntNode.valueOf(1));
    zyx.put("y", new ObjectMapper().createObjectNode().put("b", 2).put("a", 1));
    zyx.put("x", TextNode.valueOf("x"));
    java.util.LinkedHashMap<String, com.fasterxml.jackson.databind.JsonNode> xyz = new java.util.LinkedHashMap<>();
    xyz.put("x", TextNode.valueOf("x"));
    xyz.put("y", new ObjectMapper().createObjectNode().put("a", 1).put("b", 2));
    xyz.put("z", IntNode.valueOf(1));

    String first = PactWriter.write(withState(new ProviderState("s", zyx)), SpecVersion.V4);
    String second = PactWriter.write(withState(new ProviderState("s", xyz)), SpecVersion.V4);

    assertThat(first).isEqualTo(second);
    assertThat(first.indexOf("\"x\"")).isLessThan(first.indexOf("\"y\"")).isLessThan(first.indexOf("\"z\""));
  }

  private static Contract withState(ProviderState state) {
    HttpInteraction interaction = new HttpInteraction("get", List.of(state),
        HttpRequest.of("GET", "/"), HttpResponse.of(200), Map.of());
    return Contract.of("c", "p", SpecVersion.V4, List.of(interaction));
  }

  @Test
  void writingTwiceGivesTheSameBytes() {
    Contract contract = withInteractions(ordersContract(), List.of(
        shippedMessage(), httpInteraction("b", "s2"), httpInteraction("a", "s1"), binaryUpload()));

    String first = PactWriter.write(contract, SpecVersion.V4);
    String second = PactWriter.write(PactReader.read(first, "first"), SpecVersion.V4);

    assertThat(second).isEqualTo(first);
  }

  @Test
  void specVersionInMetadataIsReplacedByTheWrittenOne() {
    Contract contract = new Contract("c", "p", List.of(), SpecVersion.V2,
        Map.of("pact-specification", MAPPER.createObjectNode().put("version", "2.0.0"),
            "pactSpecification", MAPPER.createObjectNode().put("version", "2.0.0").put("x", 1)),
        Map.of());

    ObjectNode metadata = (ObjectNode) PactReaderTest.json(PactWriter.write(contract, SpecVersion.V4)).get("metadata");

    assertThat(metadata.toString()).isEqualTo("{\"pactSpecification\":{\"version\":\"4.0\",\"x\":1}}");
  }

  @Test
  void v1AndV2AreRefused() {
    IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class,
        () -> PactWriter.write(ordersContract(), SpecVersion.V2));

    Golden.assertMatches("write-refuses-v2", e.getMessage());
  }

  @Test
  void v3RefusesHttpAndMessagesTogether() {
    Contract contract = withInteractions(ordersContract(), List.of(httpInteraction("a", "s"), shippedMessage()));

    IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class,
        () -> PactWriter.write(contract, SpecVersion.V3));

    Golden.assertMatches("write-v3-mixed", e.getMessage());
  }

  @Test
  void v3RefusesOtherInteractionTypes() {
    ObjectNode raw = MAPPER.createObjectNode().put("type", "Synchronous/Messages").put("description", "q");
    Contract contract = withInteractions(ordersContract(),
        List.of(new OtherInteraction("Synchronous/Messages", "q", List.of(), raw)));

    IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class,
        () -> PactWriter.write(contract, SpecVersion.V3));

    Golden.assertMatches("write-v3-other-type", e.getMessage());
  }

  @Test
  void writingToAPathCreatesDirectoriesAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("pacts/nested/orders.json");

    PactWriter.write(ordersContract(), SpecVersion.V4, file);
    PactWriter.write(ordersContract(), SpecVersion.V4, file);

    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo(PactWriter.write(ordersContract(), SpecVersion.V4));
    try (var files = Files.list(file.getParent())) {
      assertThat(files).containsExactly(file);
    }
  }

  static Contract ordersContract() {
    return new Contract("order-web", "order-service",
        List.of(httpInteraction("get order", "order exists"), httpInteraction("cancel order", "order exists")),
        SpecVersion.V3,
        Map.of("pact-jvm", MAPPER.createObjectNode().put("version", "4.6.14")),
        Map.of("x-generated-by", TextNode.valueOf("treaty")));
  }

  static Contract withInteractions(Contract contract, List<Interaction> interactions) {
    return new Contract(contract.consumer(), contract.provider(), interactions, contract.specVersion(),
        contract.metadata(), contract.extensions());
  }

  static HttpInteraction httpInteraction(String description, String state) {
    HttpRequest request = new HttpRequest("GET", "/orders/42", Query.parse("expand=items"),
        Headers.of("Accept", "application/json"), Body.missing(),
        MatchingRules.EMPTY.with(Category.PATH, "", RuleGroup.of(new MatchingRule.Regex("/orders/\\d+"))),
        Generators.EMPTY);
    HttpResponse response = new HttpResponse(200, Headers.of("Content-Type", "application/json"),
        new Body.Json(MAPPER.createObjectNode().put("id", 42).put("status", "OPEN"), "application/json"),
        MatchingRules.EMPTY
            .with(Category.BODY, "$.status", RuleGroup.anyOf(new MatchingRule.Regex("OPEN|CLOSED"), new MatchingRule.Equality()))
            .with(Category.BODY, "$.id", RuleGroup.of(new MatchingRule.IntegerType())),
        Generators.EMPTY.with(Category.BODY, "$.id",
            new Generator.ProviderState("${id}", null)));
    return new HttpInteraction(description,
        List.of(new ProviderState(state, Map.of("id", IntNode.valueOf(42)))), request, response,
        Map.of("pending", BooleanNode.FALSE, "key", TextNode.valueOf("k-" + description.length())));
  }

  static MessageInteraction shippedMessage() {
    Message message = new Message(
        new Body.Json(MAPPER.createObjectNode().put("orderId", 42), "application/json"),
        Map.of("topic", TextNode.valueOf("orders")),
        MatchingRules.EMPTY.with(Category.BODY, "$.orderId", RuleGroup.of(new MatchingRule.IntegerType())),
        Generators.EMPTY);
    return new MessageInteraction("order shipped", List.of(), message, Map.of());
  }

  static HttpInteraction binaryUpload() {
    HttpRequest request = HttpRequest.of("PUT", "/orders/42/invoice")
        .withHeaders(Headers.of("Content-Type", "application/pdf", "X-Tag", "a", "X-Tag", "b"))
        .withBody(new Body.Binary("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), "application/pdf"));
    return new HttpInteraction("upload invoice", List.of(), request, HttpResponse.of(204), Map.of());
  }
}
