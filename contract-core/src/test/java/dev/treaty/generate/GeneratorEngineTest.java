package dev.treaty.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.treaty.contract.Body;
import dev.treaty.contract.Category;
import dev.treaty.contract.Generator;
import dev.treaty.contract.Generators;
import dev.treaty.contract.Headers;
import dev.treaty.contract.HttpRequest;
import dev.treaty.contract.HttpResponse;
import dev.treaty.contract.MatchingRules;
import dev.treaty.contract.Query;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tests the engine with its values and body paths together, in both modes, on a fixed clock. */
class GeneratorEngineTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2000-01-01T10:00:00Z"), ZoneOffset.UTC);
  private static final GeneratorEngine ENGINE = GeneratorEngine.create(CLOCK);
  private static final GeneratorContext PROVIDER = GeneratorContext.provider(Map.of());
  private static final GeneratorContext CONSUMER = GeneratorContext.consumer("http://localhost:1234");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, JsonNode> VALUES = Map.of("id", IntNode.valueOf(42), "user", TextNode.valueOf("ann"));

  @Test
  void providerStateExpressionFillsPathQueryAndHeader() throws Exception {
    HttpRequest request = HttpRequest.of("GET", "/orders/1")
        .withQuery(new Query(Map.of("owner", List.of("x"))))
        .withHeaders(Headers.of("X-User", "x"))
        .withGenerators(Generators.EMPTY
            .with(Category.PATH, "", state("/orders/${id}", null))
            .with(Category.QUERY, "owner", state("${user}", null))
            .with(Category.HEADER, "X-User", state("user-${user}", null)));

    HttpRequest generated = ENGINE.apply(request, GeneratorContext.provider(VALUES));

    assertThat(generated.path()).isEqualTo("/orders/42");
    assertThat(generated.query().get("owner")).containsExactly("ann");
    assertThat(generated.headers().first("X-User")).isEqualTo("user-ann");
  }

  @Test
  void wholeExpressionKeepsTheValuesJsonTypeAndDataTypeConverts() throws Exception {
    HttpRequest request = HttpRequest.of("POST", "/orders")
        .withBody(Body.json(JSON.readTree("{\"id\": 1, \"code\": 1, \"items\": [{\"id\": 1}, {\"id\": 2}]}")))
        .withGenerators(Generators.EMPTY
            .with(Category.BODY, "$.id", state("${id}", null))
            .with(Category.BODY, "$.code", state("${id}", "STRING"))
            .with(Category.BODY, "$.items[*].id", state("${id}", null)));

    HttpRequest generated = ENGINE.apply(request, GeneratorContext.provider(VALUES));

    assertThat(((Body.Json) generated.body()).value().toString())
        .isEqualTo("{\"id\":42,\"code\":\"42\",\"items\":[{\"id\":42},{\"id\":42}]}");
  }

  @Test
  void missingProviderStateValueNamesTheValueAndWhatIsAvailable() {
    HttpRequest request = HttpRequest.of("GET", "/orders/1")
        .withGenerators(Generators.EMPTY.with(Category.PATH, "", state("/orders/${orderId}", null)));

    assertThatThrownBy(() -> ENGINE.apply(request, GeneratorContext.provider(Map.of("id", IntNode.valueOf(42)))))
        .isInstanceOf(GeneratorException.class)
        .hasMessage("path: ProviderState generator: no provider state value \"orderId\" for expression \"/orders/${orderId}\"; the states'"
            + " params and setup results have [id]; return it from the state handler or add it to the"
            + " state's params");
  }

  @Test
  void randomIntStaysWithinItsBounds() throws Exception {
    Generator generator = new Generator.RandomInt(5, 7);

    for (int i = 0; i < 50; i++) {
      assertThat(ENGINE.generate(generator, IntNode.valueOf(0), PROVIDER).intValue()).isBetween(5, 7);
    }
  }

  @Test
  void uuidAndDateFollowTheirFormats() throws Exception {
    JsonNode uuid = ENGINE.generate(new Generator.Uuid("simple"), TextNode.valueOf(""), PROVIDER);
    JsonNode date = ENGINE.generate(new Generator.Date("yyyy/MM/dd", null), TextNode.valueOf(""), PROVIDER);

    assertThat(uuid.textValue()).matches("[0-9a-f]{32}");
    assertThat(date.textValue()).matches("\\d{4}/\\d{2}/\\d{2}");
  }

  @Test
  void unknownGeneratorKeepsTheExample() throws Exception {
    JsonNode example = TextNode.valueOf("abc");

    assertThat(ENGINE.generate(new Generator.Unknown("Regex", Map.of()), example, PROVIDER)).isSameAs(example);
    assertThat(ENGINE.generate(new Generator.Unknown("ArrayContains", Map.of()), example, CONSUMER)).isSameAs(example);
  }

  @Test
  void regexGeneratesAMatchOrKeepsTheExampleWhenItCannot() {
    JsonNode example = TextNode.valueOf("AB-12");

    assertThat(ENGINE.generate(new Generator.Regex("[A-Z]{2}-\\d{2}"), example, CONSUMER).textValue())
        .matches("[A-Z]{2}-\\d{2}");
    assertThat(ENGINE.generate(new Generator.Regex("[^,]+"), example, PROVIDER)).isSameAs(example);
  }

  @Test
  void bodyPathsReplaceThroughBracketsIndexesAndWildcards() throws Exception {
    JsonNode tree = new ObjectMapper().readTree("{\"a b\":[{\"c\":1},{\"c\":2}],\"items\":[{\"x\":1,\"y\":2}]}");

    JsonNode named = dev.treaty.generate.internal.BodyPaths.replace(tree, "$['a b'][0].c", current -> IntNode.valueOf(9));
    JsonNode wild = dev.treaty.generate.internal.BodyPaths.replace(tree, "$.items[*].*", current -> IntNode.valueOf(0));

    assertThat(named.toString()).isEqualTo("{\"a b\":[{\"c\":9},{\"c\":2}],\"items\":[{\"x\":1,\"y\":2}]}");
    assertThat(wild.get("items").toString()).isEqualTo("[{\"x\":0,\"y\":0}]");
    assertThat(dev.treaty.generate.internal.BodyPaths.replace(tree, "$.a[0", current -> IntNode.valueOf(9))).as("malformed: unchanged").isSameAs(tree);
    assertThat(tree.toString()).as("the input tree is never changed").contains("\"c\":1");
  }

  @Test
  void dateTimeGeneratorsReadTheClockAndEvaluateTheirExpressions() throws Exception {
    HttpResponse response = new HttpResponse(200, Headers.of("X-Expires", "x"),
        Body.json(JSON.readTree("{\"day\": \"\", \"at\": \"\", \"stamp\": \"\", \"now\": \"\"}")),
        MatchingRules.EMPTY, Generators.EMPTY
            .with(Category.BODY, "$.day", new Generator.Date("yyyy-MM-dd", "next monday"))
            .with(Category.BODY, "$.at", new Generator.Time("HH:mm", "@ noon + 3 hours"))
            .with(Category.BODY, "$.stamp", new Generator.DateTime("yyyy-MM-dd'T'HH:mm:ss", "+ 1 month @ midnight"))
            .with(Category.BODY, "$.now", new Generator.DateTime(null, null))
            .with(Category.HEADER, "X-Expires", new Generator.DateTime("yyyy-MM-dd HH:mm", "tomorrow @ + 1 hour")));

    HttpResponse generated = ENGINE.apply(response, CONSUMER);

    assertThat(((Body.Json) generated.body()).value().toString()).isEqualTo(
        "{\"day\":\"2000-01-03\",\"at\":\"15:00\",\"stamp\":\"2000-02-01T00:00:00\",\"now\":\"2000-01-01T10:00:00\"}");
    assertThat(generated.headers().first("X-Expires")).isEqualTo("2000-01-02 11:00");
  }

  @Test
  void clockZoneDecidesTheDate() {
    GeneratorEngine tokyo = GeneratorEngine.create(CLOCK.withZone(java.time.ZoneId.of("Asia/Tokyo")));

    assertThat(tokyo.generate(new Generator.DateTime("yyyy-MM-dd HH:mm", null), TextNode.valueOf(""), PROVIDER)
        .textValue()).isEqualTo("2000-01-01 19:00");
  }

  @Test
  void invalidExpressionFailsNamingThePartTheExpressionThePositionAndWhatWasExpected() throws Exception {
    HttpRequest request = HttpRequest.of("POST", "/orders")
        .withBody(Body.json(JSON.readTree("{\"due\": \"2000-01-01\"}")))
        .withGenerators(Generators.EMPTY.with(Category.BODY, "$.due", new Generator.Date("yyyy-MM-dd", "+ 1 dya")));

    assertThatThrownBy(() -> ENGINE.apply(request, PROVIDER))
        .isInstanceOf(GeneratorException.class)
        .hasMessage("body $.due: Date generator: expression \"+ 1 dya\": at position 5 expected a unit (day, week,"
            + " fortnight, month or year), found \"dya\"");
  }

  @Test
  void consumerModeKeepsProviderStateExamplesAndPointsMockServerUrlsAtTheMock() throws Exception {
    HttpResponse response = new HttpResponse(201, Headers.of("Location", "http://example.com/orders/42"),
        Body.json(JSON.readTree("{\"id\": 42, \"self\": \"http://example.com/orders/42\", \"flag\": false}")),
        MatchingRules.EMPTY, Generators.EMPTY
            .with(Category.BODY, "$.id", state("${id}", "INTEGER"))
            .with(Category.BODY, "$.self", new Generator.MockServerURL(".*(/orders/\\d+)$", "http://example.com/orders/42"))
            .with(Category.HEADER, "Location", new Generator.MockServerURL(".*(/orders/\\d+)$", "x"))
            .with(Category.HEADER, "X-Absent", new Generator.MockServerURL(".*(/orders/\\d+)$", "x")));

    HttpResponse generated = ENGINE.apply(response, CONSUMER);

    assertThat(((Body.Json) generated.body()).value().toString())
        .isEqualTo("{\"id\":42,\"self\":\"http://localhost:1234/orders/42\",\"flag\":false}");
    assertThat(generated.headers().first("Location")).isEqualTo("http://localhost:1234/orders/42");
    assertThat(generated.headers().first("X-Absent")).as("no header made up for a kept example").isNull();
  }

  @Test
  void providerModeKeepsMockServerUrlExamples() throws Exception {
    HttpRequest request = HttpRequest.of("GET", "/orders")
        .withHeaders(Headers.of("Referer", "http://example.com/orders/42"))
        .withGenerators(Generators.EMPTY.with(Category.HEADER, "Referer",
            new Generator.MockServerURL(".*(/orders/\\d+)$", "http://example.com/orders/42")));

    assertThat(ENGINE.apply(request, PROVIDER).headers().first("Referer")).isEqualTo("http://example.com/orders/42");
  }

  @Test
  void randomGeneratorsRunInBothModesOnStatusHeadersQueryAndBody() throws Exception {
    HttpResponse response = new HttpResponse(200, Headers.EMPTY,
        Body.json(JSON.readTree("{\"hex\": \"\", \"text\": \"\", \"flag\": null, \"amount\": 0, \"id\": \"\"}")),
        MatchingRules.EMPTY, Generators.EMPTY
            .with(Category.STATUS, "", new Generator.RandomInt(201, 201))
            .with(Category.HEADER, "X-Id", new Generator.Uuid("upper-case-hyphenated"))
            .with(Category.BODY, "$.hex", new Generator.RandomHexadecimal(12))
            .with(Category.BODY, "$.text", new Generator.RandomString(5))
            .with(Category.BODY, "$.flag", new Generator.RandomBoolean())
            .with(Category.BODY, "$.amount", new Generator.RandomDecimal(4))
            .with(Category.BODY, "$.id", new Generator.Uuid("URN")));
    HttpRequest request = HttpRequest.of("GET", "/orders").withQuery(new Query(Map.of("page", List.of("1"))))
        .withGenerators(Generators.EMPTY.with(Category.QUERY, "page", new Generator.RandomInt(2, 3)));

    HttpResponse generated = ENGINE.apply(response, CONSUMER);
    JsonNode body = ((Body.Json) generated.body()).value();

    assertThat(generated.status()).isEqualTo(201);
    assertThat(generated.headers().first("X-Id")).matches("[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}");
    assertThat(body.get("hex").textValue()).matches("[0-9a-f]{12}");
    assertThat(body.get("text").textValue()).matches("[A-Za-z0-9]{5}");
    assertThat(body.get("flag").isBoolean()).isTrue();
    assertThat(body.get("amount").decimalValue().precision()).isEqualTo(4);
    assertThat(body.get("id").textValue()).startsWith("urn:uuid:").hasSize(45);
    assertThat(ENGINE.apply(request, PROVIDER).query().get("page")).singleElement().isIn("2", "3");
  }

  private static Generator state(String expression, String dataType) {
    return new Generator.ProviderState(expression, dataType);
  }
}
