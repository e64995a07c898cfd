package dev.treaty.verify.internal;

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
import dev.treaty.contract.Query;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tests {@link RequestGenerators}, {@link GeneratedValues} and {@link BodyPaths} together. */
class GeneratorsTest {
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

    HttpRequest generated = RequestGenerators.apply(request, VALUES);

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

    HttpRequest generated = RequestGenerators.apply(request, VALUES);

    assertThat(((Body.Json) generated.body()).value().toString())
        .isEqualTo("{\"id\":42,\"code\":\"42\",\"items\":[{\"id\":42},{\"id\":42}]}");
  }

  @Test
  void missingProviderStateValueNamesTheValueAndWhatIsAvailable() {
    HttpRequest request = HttpRequest.of("GET", "/orders/1")
        .withGenerators(Generators.EMPTY.with(Category.PATH, "", state("/orders/${orderId}", null)));

    assertThatThrownBy(() -> RequestGenerators.apply(request, Map.of("id", IntNode.valueOf(42))))
        .hasMessage("no provider state value \"orderId\" for expression \"/orders/${orderId}\"; the states'"
            + " params and setup results have [id]; return it from the state handler or add it to the"
            + " state's params");
  }

  @Test
  void randomIntStaysWithinItsBounds() throws Exception {
    Generator generator = new Generator("RandomInt", Map.of("min", IntNode.valueOf(5), "max", IntNode.valueOf(7)));

    for (int i = 0; i < 50; i++) {
      assertThat(GeneratedValues.generate(generator, IntNode.valueOf(0), Map.of()).intValue()).isBetween(5, 7);
    }
  }

  @Test
  void uuidAndDateFollowTheirFormats() throws Exception {
    JsonNode uuid = GeneratedValues.generate(new Generator("Uuid", Map.of("format", TextNode.valueOf("simple"))),
        TextNode.valueOf(""), Map.of());
    JsonNode date = GeneratedValues.generate(new Generator("Date", Map.of("format", TextNode.valueOf("yyyy/MM/dd"))),
        TextNode.valueOf(""), Map.of());

    assertThat(uuid.textValue()).matches("[0-9a-f]{32}");
    assertThat(date.textValue()).matches("\\d{4}/\\d{2}/\\d{2}");
  }

  @Test
  void unknownGeneratorKeepsTheExample() throws Exception {
    JsonNode example = TextNode.valueOf("abc");

    assertThat(GeneratedValues.generate(new Generator("Regex", Map.of()), example, Map.of())).isSameAs(example);
  }

  @Test
  void bodyPathsReplaceThroughBracketsIndexesAndWildcards() throws Exception {
    JsonNode tree = new ObjectMapper().readTree("{\"a b\":[{\"c\":1},{\"c\":2}],\"items\":[{\"x\":1,\"y\":2}]}");

    JsonNode named = BodyPaths.replace(tree, "$['a b'][0].c", current -> IntNode.valueOf(9));
    JsonNode wild = BodyPaths.replace(tree, "$.items[*].*", current -> IntNode.valueOf(0));

    assertThat(named.toString()).isEqualTo("{\"a b\":[{\"c\":9},{\"c\":2}],\"items\":[{\"x\":1,\"y\":2}]}");
    assertThat(wild.get("items").toString()).isEqualTo("[{\"x\":0,\"y\":0}]");
    assertThat(BodyPaths.replace(tree, "$.a[0", current -> IntNode.valueOf(9))).as("malformed: unchanged").isSameAs(tree);
    assertThat(tree.toString()).as("the input tree is never changed").contains("\"c\":1");
  }

  private static Generator state(String expression, String dataType) {
    return dataType == null
        ? new Generator("ProviderState", Map.of("expression", TextNode.valueOf(expression)))
        : new Generator("ProviderState", Map.of("expression", TextNode.valueOf(expression),
            "dataType", TextNode.valueOf(dataType)));
  }
}
