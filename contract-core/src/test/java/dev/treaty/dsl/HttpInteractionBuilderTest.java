package dev.treaty.dsl;

import static dev.treaty.dsl.ContractDsl.fromProviderState;
import static dev.treaty.dsl.ContractDsl.http;
import static dev.treaty.dsl.ContractDsl.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.treaty.contract.Body;
import dev.treaty.contract.Category;
import dev.treaty.contract.HttpInteraction;
import dev.treaty.contract.MatchingRule;
import dev.treaty.contract.RuleGroup;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** HTTP interactions: states, request and response parts with their rules, and usage errors. */
class HttpInteractionBuilderTest {

  @Test
  void buildsStatesRequestAndResponse() {
    HttpInteraction interaction = http("get order 42")
        .given("order 42 exists", Map.of("id", 42))
        .given("user is logged in")
        .request(r -> r.get("/orders/42").query("expand", "items", "customer").header("Accept", "application/json"))
        .response(r -> r.status(200).body(json(o -> o.integerType("id", 42))))
        .build();

    assertThat(interaction.providerStates()).extracting(s -> s.name())
        .containsExactly("order 42 exists", "user is logged in");
    assertThat(interaction.providerStates().get(0).params().get("id").intValue()).isEqualTo(42);
    assertThat(interaction.request().method()).isEqualTo("GET");
    assertThat(interaction.request().query().get("expand")).containsExactly("items", "customer");
    assertThat(interaction.request().headers().first("Accept")).isEqualTo("application/json");
    assertThat(interaction.response().headers().first("Content-Type")).isEqualTo("application/json");
    assertThat(interaction.response().matchingRules().get(Category.BODY)).containsOnlyKeys("$.id");
  }

  @Test
  void pathHeaderAndQueryMatchersUseTheirCategories() {
    HttpInteraction interaction = http("search")
        .request(r -> r.method("get").pathMatching("/orders/\\d+", "/orders/1")
            .queryMatching("page", "\\d+", "1")
            .headerMatching("X-Trace", "[a-f0-9]+", "abc1"))
        .response(r -> r.status(200).headerMatching("ETag", "\"\\w+\"", "\"v1\""))
        .build();

    var rules = interaction.request().matchingRules();
    assertThat(interaction.request().method()).isEqualTo("GET");
    assertThat(rules.get(Category.PATH)).containsEntry("", RuleGroup.of(new MatchingRule.Regex("/orders/\\d+")));
    assertThat(rules.get(Category.QUERY)).containsEntry("page", RuleGroup.of(new MatchingRule.Regex("\\d+")));
    assertThat(rules.get(Category.HEADER)).containsEntry("X-Trace", RuleGroup.of(new MatchingRule.Regex("[a-f0-9]+")));
    assertThat(interaction.response().matchingRules().get(Category.HEADER)).containsKey("ETag");
  }

  @Test
  void providerStateValuesInPathAndHeadersKeepTheirExampleAndGenerator() {
    HttpInteraction interaction = http("get order")
        .request(r -> r.method("GET").path(fromProviderState("/orders/${id}", "/orders/42"))
            .header("X-Order", fromProviderState("${id}", 42)))
        .response(r -> r.status(200))
        .build();

    assertThat(interaction.request().path()).isEqualTo("/orders/42");
    assertThat(interaction.request().headers().first("X-Order")).isEqualTo("42");
    assertThat(interaction.request().matchingRules().isEmpty()).isTrue();
    assertThat(interaction.request().generators().get(Category.PATH)).containsKey("");
    assertThat(interaction.request().generators().get(Category.HEADER)).containsKey("X-Order");
  }

  @Test
  void textBodiesSetTheirContentType() {
    HttpInteraction interaction = http("upload")
        .request(r -> r.post("/notes").body("hello", "text/plain"))
        .response(r -> r.status(201).body("<ok/>", "application/xml"))
        .build();

    assertThat(interaction.request().headers().first("Content-Type")).isEqualTo("text/plain");
    assertThat(interaction.request().body()).isInstanceOf(Body.Text.class);
    assertThat(interaction.response().body()).isInstanceOf(Body.Xml.class);
  }

  @Test
  void jsonRequestBodySetsContentTypeUnlessGiven() {
    HttpInteraction plain = http("create").request(r -> r.post("/orders").body(json(o -> o.integerType("id", 1))))
        .response(r -> r.status(201)).build();
    HttpInteraction given = http("create").request(r -> r.post("/orders")
            .header("content-type", "application/vnd.order+json").body(json(o -> o.integerType("id", 1))))
        .response(r -> r.status(201)).build();

    assertThat(plain.request().headers().first("Content-Type")).isEqualTo("application/json");
    assertThat(given.request().headers().values()).containsOnlyKeys("content-type");
  }

  @Test
  void missingRequestFails() {
    assertUsageError("no-request", () -> http("x").response(r -> r.status(200)).build());
  }

  @Test
  void missingMethodFails() {
    assertUsageError("no-method", () -> http("x").request(r -> r.path("/x")).response(r -> r.status(200)).build());
  }

  @Test
  void relativePathFails() {
    assertUsageError("relative-path", () -> http("x").request(r -> r.get("orders")).response(r -> r.status(200)).build());
  }

  @Test
  void impossibleStatusFails() {
    assertUsageError("bad-status", () -> http("x").request(r -> r.get("/")).response(r -> r.status(999)).build());
  }

  @Test
  void blankDescriptionFails() {
    Throwable error = catchThrowable(() -> http(" ").request(r -> r.get("/")).response(r -> r.status(200)).build());
    assertThat(error).isInstanceOf(IllegalArgumentException.class);
    Golden.assertMatches("blank-description", error.getMessage());
  }

  private static void assertUsageError(String golden, Runnable call) {
    Throwable error = catchThrowable(call::run);
    assertThat(error).isInstanceOf(IllegalStateException.class);
    Golden.assertMatches(golden, error.getMessage());
  }

  @Test
  void statesAreKeptInOrder() {
    assertThat(http("x").given("a").given("b").request(r -> r.get("/")).response(r -> r.status(204)).build()
        .providerStates()).extracting(s -> s.name()).isEqualTo(List.of("a", "b"));
  }
}
