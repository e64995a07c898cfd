package dev.treaty.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.treaty.contract.Body;
import dev.treaty.contract.Category;
import dev.treaty.contract.Combine;
import dev.treaty.contract.Contract;
import dev.treaty.contract.Generator;
import dev.treaty.contract.Headers;
import dev.treaty.contract.HttpInteraction;
import dev.treaty.contract.HttpRequest;
import dev.treaty.contract.MatchingRule;
import dev.treaty.contract.MessageInteraction;
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

class PactReaderTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void v1StringQueryAndProviderStateAreRead() {
    Contract contract = PactReader.read("""
        {"consumer": {"name": "c"}, "provider": {"name": "p"},
         "interactions": [{"description": "d", "providerState": "s exists",
           "request": {"method": "get", "path": "/a", "query": "q=1&q=2&x=a%20b"},
           "response": {"status": 200}}],
         "metadata": {"pactSpecificationVersion": "1.0.0"}}
        """, "v1.json");

    assertThat(contract.specVersion()).isEqualTo(SpecVersion.V1);
    HttpInteraction interaction = contract.httpInteractions().get(0);
    assertThat(interaction.providerStates()).containsExactly(ProviderState.of("s exists"));
    assertThat(interaction.request().method()).isEqualTo("GET");
    assertThat(interaction.request().query())
        .isEqualTo(new Query(Map.of("q", List.of("1", "2"), "x", List.of("a b"))));
    assertThat(interaction.request().body()).isEqualTo(Body.missing());
  }

  @Test
  void v2FlatRulesAreGroupedByCategory() {
    Contract contract = PactReader.read("""
        {"consumer": {"name": "c"}, "provider": {"name": "p"},
         "interactions": [{"description": "d",
           "request": {"method": "GET", "path": "/a/1", "matchingRules": {
             "$.path": {"match": "regex", "regex": "/a/\\\\d+"},
             "$.query.q": {"regex": "\\\\w+"},
             "$.headers.Accept": {"match": "type"},
             "$.header['X-Id']": {"match": "integer"}}},
           "response": {"status": 200, "body": {"items": [1]}, "matchingRules": {
             "$.body.items": {"min": 1},
             "$.body": {"match": "type"}}}}],
         "metadata": {"pactSpecification": {"version": "2.0.0"}}}
        """, "v2.json");

    HttpInteraction interaction = contract.httpInteractions().get(0);
    var request = interaction.request().matchingRules();
    assertThat(request.get(Category.PATH)).containsEntry("", RuleGroup.of(new MatchingRule.Regex("/a/\\d+")));
    assertThat(request.get(Category.QUERY)).containsEntry("q", RuleGroup.of(new MatchingRule.Regex("\\w+")));
    assertThat(request.get(Category.HEADER))
        .containsEntry("Accept", RuleGroup.of(MatchingRule.Type.any()))
        .containsEntry("X-Id", RuleGroup.of(new MatchingRule.IntegerType()));
    assertThat(interaction.response().matchingRules().get(Category.BODY))
        .containsEntry("$.items", RuleGroup.of(new MatchingRule.Type(1, null)))
        .containsEntry("$", RuleGroup.of(MatchingRule.Type.any()));
  }

  @Test
  void versionIsInferredWhenMetadataHasNone() {
    String v2 = """
        {"consumer": {"name": "c"}, "provider": {"name": "p"}, "interactions": [{"description": "d",
          "request": {"method": "GET", "path": "/", "matchingRules": {"$.body.a": {"match": "type"}}},
          "response": {"status": 200}}]}""";
    String v3 = v2.replace("{\"$.body.a\": {\"match\": \"type\"}}",
        "{\"body\": {\"$.a\": {\"matchers\": [{\"match\": \"type\"}]}}}");
    String messages = """
        {"consumer": {"name": "c"}, "provider": {"name": "p"}, "messages": []}""";
    String v4 = """
        {"consumer": {"name": "c"}, "provider": {"name": "p"},
         "interactions": [{"type": "Synchronous/Messages", "description": "d"}]}""";

    assertThat(PactReader.read(v2, "a").specVersion()).isEqualTo(SpecVersion.V2);
    assertThat(PactReader.read(v3, "b").specVersion()).isEqualTo(SpecVersion.V3);
    assertThat(PactReader.read(messages, "c").specVersion()).isEqualTo(SpecVersion.V3);
    assertThat(PactReader.read(v4, "d").specVersion()).isEqualTo(SpecVersion.V4);
  }

  @Test
  void versionSynonymPactDashSpecificationIsRead() {
    Contract contract = PactReader.read("""
        {"consumer": {"name": "c"}, "provider": {"name": "p"}, "interactions": [],
         "metadata": {"pact-specification": {"version": "1.1.0"}}}""", "x");

    assertThat(contract.specVersion()).isEqualTo(SpecVersion.V1_1);
  }

  @Test
  void v3MessagePactReadsMessagesWithMetaData() {
    Contract contract = PactReader.read("""
        {"consumer": {"name": "c"}, "provider": {"name": "p"},
         "messages": [{"description": "order created", "providerStates": [{"name": "s"}],
           "contents": {"id": 1}, "metaData": {"contentType": "application/json", "topic": "orders"},
           "matchingRules": {"body": {"$.id": {"matchers": [{"match": "integer"}]}}}}],
         "metadata": {"pactSpecification": {"version": "3.0.0"}}}""", "m.json");

    MessageInteraction message = contract.messageInteractions().get(0);
    assertThat(message.message().contents())
        .isEqualTo(new Body.Json(MAPPER.createObjectNode().put("id", 1), "application/json"));
    assertThat(message.message().metadata()).containsEntry("topic", TextNode.valueOf("orders"));
    assertThat(message.message().matchingRules().get(Category.BODY))
        .containsEntry("$.id", RuleGroup.of(new MatchingRule.IntegerType()));
    assertThat(message.extensions()).isEmpty();
  }

  @Test
  void v4AsyncMessageReadsContentRulesAsBody() throws Exception {
    Contract contract = PactReader.read(fixture("pact-jvm-4.6-v4.json"), "jvm.json");

    MessageInteraction message = contract.messageInteractions().get(0);
    assertThat(message.message().contents().contentType()).isEqualTo("application/json");
    assertThat(message.message().matchingRules().get(Category.BODY))
        .containsEntry("$.shippedAt", RuleGroup.of(new MatchingRule.Date("yyyy-MM-dd")));
    assertThat(message.message().matchingRules().get(Category.METADATA)).containsKey("destination");
    assertThat(message.extensions()).containsOnlyKeys("comments", "key", "pending");
  }

  @Test
  void v4Base64BodyIsDecodedToBinary() throws Exception {
    Contract contract = PactReader.read(fixture("pact-jvm-4.6-v4.json"), "jvm.json");

    HttpRequest upload = contract.httpInteractions().get(1).request();
    assertThat(upload.body()).isInstanceOf(Body.Binary.class);
    assertThat(new String(upload.body().bytes(), StandardCharsets.ISO_8859_1)).startsWith("%PDF-1.4");
    assertThat(upload.body().contentType()).isEqualTo("application/pdf");
    assertThat(upload.matchingRules().get(Category.PATH))
        .containsEntry("", RuleGroup.of(new MatchingRule.Regex("/orders/\\d+/invoice")));
  }

  @Test
  void pactJvmV4FileIsReadWithAllItsParts() throws Exception {
    Contract contract = PactReader.read(fixture("pact-jvm-4.6-v4.json"), "jvm.json");

    assertThat(contract.specVersion()).isEqualTo(SpecVersion.V4);
    assertThat(contract.interactions()).extracting(i -> i.type()).containsExactly(
        "Synchronous/HTTP", "Synchronous/HTTP", "Asynchronous/Messages", "Synchronous/Messages");
    HttpInteraction get = contract.httpInteractions().get(0);
    assertThat(get.providerStates())
        .containsExactly(new ProviderState("order 42 exists", Map.of("id", IntNode.valueOf(42))));
    assertThat(get.request().headers()).isEqualTo(Headers.of("Accept", "application/json"));
    assertThat(get.response().body()).isInstanceOf(Body.Json.class);
    assertThat(get.response().body().contentType()).isEqualTo("application/json; charset=UTF-8");
    assertThat(get.response().matchingRules().get(Category.BODY))
        .containsEntry("$.createdAt", RuleGroup.of(new MatchingRule.Timestamp("yyyy-MM-dd'T'HH:mm:ss")))
        .containsEntry("$.status", new RuleGroup(
            List.of(new MatchingRule.Regex("OPEN|CLOSED"), new MatchingRule.Equality()), Combine.OR));
    assertThat(get.response().generators().get(Category.BODY).get("$.createdAt"))
        .isEqualTo(new Generator.DateTime("yyyy-MM-dd'T'HH:mm:ss", null));
    assertThat(get.extensions()).containsOnlyKeys("comments", "key", "pending", "transport");
    assertThat(contract.httpInteractions().get(1).response().matchingRules().get(Category.STATUS))
        .containsEntry("", RuleGroup.of(new MatchingRule.StatusCode("success", List.of())));
    assertThat(contract.metadata()).containsOnlyKeys("pact-jvm", "pactSpecification", "plugins");
  }

  @Test
  void pactJsV3FileIsReadWithAllItsParts() throws Exception {
    Contract contract = PactReader.read(fixture("pact-js-v3.json"), "js.json");

    assertThat(contract.specVersion()).isEqualTo(SpecVersion.V3);
    HttpInteraction basket = contract.httpInteractions().get(0);
    assertThat(basket.providerStates().get(0).params()).containsOnlyKeys("basketId", "items");
    assertThat(basket.request().matchingRules().get(Category.QUERY)).containsKey("currency");
    assertThat(basket.request().matchingRules().get(Category.PATH)).containsKey("");
    assertThat(basket.response().matchingRules().categories()).containsOnlyKeys(Category.BODY);
    assertThat(basket.response().generators().get(Category.BODY).get("$.id").type())
        .isEqualTo("ProviderState");
    assertThat(contract.httpInteractions().get(1).response().body())
        .isEqualTo(new Body.Text("basket none not found", "text/plain; charset=utf-8"));
  }

  @Test
  void otherInteractionTypesAreKeptWhole() throws Exception {
    Contract contract = PactReader.read(fixture("pact-jvm-4.6-v4.json"), "jvm.json");

    var other = (dev.treaty.contract.OtherInteraction) contract.interactions().get(3);
    assertThat(other.description()).isEqualTo("price quote over gRPC");
    assertThat(other.raw().path("pluginConfiguration").path("protobuf").path("service").asText())
        .isEqualTo("Prices/Quote");
  }

  @Test
  void unknownFieldsAreKeptAsExtensionsAndMetadata() {
    Contract contract = PactReader.read("""
        {"consumer": {"name": "c"}, "provider": {"name": "p"}, "generatedBy": "hand",
         "interactions": [{"type": "Synchronous/HTTP", "description": "d", "pending": true,
           "request": {"method": "GET", "path": "/"}, "response": {"status": 200}}],
         "metadata": {"pactSpecification": {"version": "4.0"}, "tool": {"name": "x"}}}""", "x");

    assertThat(contract.extensions()).containsEntry("generatedBy", TextNode.valueOf("hand"));
    assertThat(contract.metadata()).containsKeys("pactSpecification", "tool");
    assertThat(contract.interactions().get(0).extensions()).containsOnlyKeys("pending");
  }

  @Test
  void byteOrderMarkIsSkipped(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bom.json");
    Files.writeString(file, "\uFEFF{\"consumer\": {\"name\": \"c\"}, \"provider\": {\"name\": \"p\"}}",
        StandardCharsets.UTF_8);

    assertThat(PactReader.read(file).consumer()).isEqualTo("c");
  }

  @Test
  void bodyNullAndEmptyStringAreEmptyWithHeaderContentType() {
    var nullBody = PactReader.readResponse(json(
        "{\"headers\": {\"content-type\": \"application/json\"}, \"body\": null}"), SpecVersion.V3);
    var emptyBody = PactReader.readResponse(json("{\"body\": \"\"}"), SpecVersion.V2);
    var wrappedEmpty = PactReader.readResponse(json("{\"body\": {\"content\": \"\"}}"), SpecVersion.V4);

    assertThat(nullBody.body()).isEqualTo(new Body.Empty("application/json"));
    assertThat(emptyBody.body()).isEqualTo(new Body.Empty(null));
    assertThat(wrappedEmpty.body()).isEqualTo(new Body.Empty(null));
  }

  @Test
  void stringBodiesAreTypedByContentType() {
    var json = PactReader.readResponse(json(
        "{\"headers\": {\"Content-Type\": \"application/json\"}, \"body\": \"{\\\"a\\\": 1}\"}"),
        SpecVersion.V3);
    var xml = PactReader.readResponse(json("{\"body\": \"<a/>\"}"), SpecVersion.V3);
    var text = PactReader.readResponse(json("{\"body\": \"hello\"}"), SpecVersion.V3);

    assertThat(json.body()).isEqualTo(new Body.Json(MAPPER.createObjectNode().put("a", 1), "application/json"));
    assertThat(xml.body()).isEqualTo(new Body.Xml("<a/>", "application/xml"));
    assertThat(text.body()).isEqualTo(new Body.Text("hello", "text/plain"));
  }

  @Test
  void v4JsonEncodedContentIsParsed() {
    var response = PactReader.readResponse(json(
        "{\"body\": {\"content\": \"\\\"hi\\\"\", \"contentType\": \"application/json\", \"encoded\": \"json\"}}"),
        SpecVersion.V4);

    assertThat(response.body()).isEqualTo(new Body.Json(TextNode.valueOf("hi"), "application/json"));
  }

  @Test
  void blankWrapperContentTypeCountsAsNone() {
    var response = PactReader.readResponse(json(
        "{\"body\": {\"content\": {}, \"contentType\": \"\", \"encoded\": false}}"), SpecVersion.V4);

    assertThat(response.body()).isEqualTo(new Body.Json(MAPPER.createObjectNode(), "application/json"));
  }

  @Test
  void rawBodyInV4FileIsAccepted() {
    var response = PactReader.readResponse(json("{\"body\": [1, 2]}"), SpecVersion.V4);

    assertThat(response.body()).isEqualTo(new Body.Json(MAPPER.createArrayNode().add(1).add(2), "application/json"));
  }

  @Test
  void headersAcceptStringsAndListsInEveryVersion() {
    var v3 = PactReader.readRequest(json("{\"headers\": {\"A\": [\"1\", \"2\"], \"B\": \"x, y\"}}"), SpecVersion.V3);
    var v4 = PactReader.readRequest(json("{\"headers\": {\"A\": \"1\"}}"), SpecVersion.V4);

    assertThat(v3.headers().get("A")).containsExactly("1", "2");
    assertThat(v3.headers().get("b")).containsExactly("x, y");
    assertThat(v4.headers().get("A")).containsExactly("1");
  }

  @Test
  void matcherSynonymsAreRead() {
    var response = PactReader.readResponse(json("""
        {"matchingRules": {"body": {
          "$.a": {"matchers": [{"match": "timestamp", "timestamp": "yyyy"}]},
          "$.b": {"matchers": [{"match": "datetime", "format": "HH"}]},
          "$.c": {"matchers": [{"match": "time", "time": "HH:mm"}]},
          "$.d": {"matchers": [{"match": "min", "min": 2}]},
          "$.e": {"matchers": [{"match": "eachKey", "rules": [{"match": "regex", "regex": "[a-z]+"}]}]},
          "$.f": {"matchers": [{"match": "arrayContains", "variants": [{"index": 0,
                   "rules": {"$.id": {"matchers": [{"match": "integer"}], "combine": "AND"}},
                   "generators": {"$.id": {"type": "RandomInt"}}}]}]},
          "$.g": {"matchers": [{"match": "statusCode", "status": [200, 201]}]},
          "$.h": {"matchers": [{"match": "plugin-thing", "x": 1}]}}}}"""), SpecVersion.V4);

    var body = response.matchingRules().get(Category.BODY);
    assertThat(body.get("$.a").rules()).containsExactly(new MatchingRule.Timestamp("yyyy"));
    assertThat(body.get("$.b").rules()).containsExactly(new MatchingRule.Timestamp("HH"));
    assertThat(body.get("$.c").rules()).containsExactly(new MatchingRule.Time("HH:mm"));
    assertThat(body.get("$.d").rules()).containsExactly(new MatchingRule.Type(2, null));
    assertThat(body.get("$.e").rules())
        .containsExactly(new MatchingRule.EachKey(List.of(new MatchingRule.Regex("[a-z]+"))));
    var variant = ((MatchingRule.ArrayContains) body.get("$.f").rules().get(0)).variants().get(0);
    assertThat(variant.rules().get(Category.BODY)).containsEntry("$.id", RuleGroup.of(new MatchingRule.IntegerType()));
    assertThat(variant.generators().get(Category.BODY)).containsKey("$.id");
    assertThat(body.get("$.g").rules()).containsExactly(new MatchingRule.StatusCode(null, List.of(200, 201)));
    assertThat(body.get("$.h").rules().get(0)).isInstanceOf(MatchingRule.Unknown.class);
  }

  @Test
  void partReadersDefaultMissingMethodPathAndStatus() {
    assertThat(PactReader.readRequest(json("{}"), SpecVersion.V3)).isEqualTo(HttpRequest.of("GET", "/"));
    assertThat(PactReader.readResponse(json("{}"), SpecVersion.V3).status()).isEqualTo(200);
  }

  @Test
  void responseStatusAsNumericStringIsAccepted() {
    assertThat(PactReader.readResponse(json("{\"status\": \"201\"}"), SpecVersion.V3).status()).isEqualTo(201);
  }

  static com.fasterxml.jackson.databind.JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static String fixture(String name) throws Exception {
    return Files.readString(
        Path.of(PactReaderTest.class.getResource("/pacts/" + name).toURI()), StandardCharsets.UTF_8);
  }
}
