package dev.treaty.examples.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Interaction;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.generators.Category;
import au.com.dius.pact.core.model.generators.Generator;
import au.com.dius.pact.core.model.matchingrules.MatchingRules;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contract the consumer tests wrote during this build (phase {@code test}) loads in pact-jvm's
 * reader with its consumer, provider, interactions, provider states, matching rules, generators and
 * Pact version intact. Runs under failsafe, after surefire has written the file.
 */
class ContractsLoadInPactJvmIT {
  static final Path CONTRACT = Path.of("target", "contracts", "order-web-order-service.json");
  static Pact pact;

  @BeforeAll
  static void load() {
    assertThat(CONTRACT)
        .as("written by OrderClientContractTest and OrderEventsContractTest in the test phase; run ./mvnw verify")
        .isRegularFile();
    pact = DefaultPactReader.INSTANCE.loadPact(CONTRACT.toFile());
  }

  @Test
  void namesConsumerProviderAndPactVersion4() {
    assertThat(pact.getConsumer().getName()).isEqualTo("order-web");
    assertThat(pact.getProvider().getName()).isEqualTo("order-service");
    assertThat(pact).isInstanceOf(V4Pact.class);
    assertThat(pact.getMetadata()).extractingByKey("pactSpecification")
        .isEqualTo(Map.of("version", "4.0"));
  }

  @Test
  void holdsEveryInteractionWithItsProviderStates() {
    assertThat(pact.getInteractions()).extracting(Interaction::getDescription).containsExactly(
        "an OrderShipped event", "get missing order 999", "get order 42",
        "list shipped orders, first page", "place an order");
    assertThat(http("get order 42").getProviderStates()).singleElement().satisfies(state -> {
      assertThat(state.getName()).isEqualTo("order exists");
      assertThat(state.getParams()).containsOnlyKeys("customerId", "id").containsEntry("customerId", "C-1001");
      assertThat(state.getParams().get("id")).hasToString("42"); // pact-jvm's own number type
    });
    assertThat(message().getProviderStates()).singleElement().satisfies(state -> {
      assertThat(state.getName()).isEqualTo("order has shipped");
      assertThat(state.getParams()).containsOnlyKeys("id");
      assertThat(state.getParams().get("id")).hasToString("42");
    });
  }

  @Test
  void keepsRequestRulesAndTheProviderStateGenerator() {
    V4Interaction.SynchronousHttp getOrder = http("get order 42");
    Map<String, Generator> path = getOrder.getRequest().getGenerators().getCategories().get(Category.PATH);
    assertThat(path.values()).singleElement().extracting(g -> g.toMap(PactSpecVersion.V4))
        .isEqualTo(Map.of("type", "ProviderState", "expression", "/orders/${id}", "dataType", "STRING"));

    MatchingRules list = http("list shipped orders, first page").getRequest().getMatchingRules();
    assertThat(rules(list, "query", "page")).containsExactly(Map.of("match", "regex", "regex", "\\d+"));
    MatchingRules place = http("place an order").getRequest().getMatchingRules();
    assertThat(rules(place, "body", "$.lines")).containsExactly(Map.of("match", "type", "min", 1));
    assertThat(rules(place, "header", "Content-Type"))
        .containsExactly(Map.of("match", "regex", "regex", OrderClientContractTest.JSON_TYPE));
  }

  @Test
  void keepsResponseRulesOfEveryKind() {
    MatchingRules order = http("get order 42").getResponse().getMatchingRules();
    assertThat(rules(order, "body", "$.id")).containsExactly(Map.of("match", "integer"));
    assertThat(rules(order, "body", "$.lines[*].unitPrice")).containsExactly(Map.of("match", "decimal"));
    assertThat(rules(order, "body", "$.status"))
        .containsExactly(Map.of("match", "regex", "regex", OrderClientContractTest.STATUS));
    // pact-jvm reads "datetime" into its TimestampMatcher, which it names "timestamp"
    assertThat(rules(order, "body", "$.placedAt"))
        .containsExactly(Map.of("match", "timestamp", "format", OrderClientContractTest.DATETIME));
    MatchingRules placed = http("place an order").getResponse().getMatchingRules();
    assertThat(rules(placed, "header", "Location"))
        .containsExactly(Map.of("match", "regex", "regex", "(https?://[^/]+)?/orders/\\d+"));
    assertThat(http("place an order").getResponse().getStatus()).isEqualTo(201);
    assertThat(http("get missing order 999").getResponse().getStatus()).isEqualTo(404);
  }

  @Test
  void keepsTheMessageContentsMetadataAndRules() {
    V4Interaction.AsynchronousMessage shipped = message();
    assertThat(shipped.getContents().getContents().valueAsString()).contains("\"trackingNumber\"");
    assertThat(shipped.getContents().getMetadata()).containsEntry("topic", "order-events");
    assertThat(rules(shipped.getContents().getMatchingRules(), "content", "$.trackingNumber"))
        .containsExactly(Map.of("match", "regex", "regex", "[A-Z0-9]{10,20}"));
  }

  private static V4Interaction.SynchronousHttp http(String description) {
    return (V4Interaction.SynchronousHttp) interaction(description);
  }

  private static V4Interaction.AsynchronousMessage message() {
    return (V4Interaction.AsynchronousMessage) interaction("an OrderShipped event");
  }

  private static Interaction interaction(String description) {
    return pact.getInteractions().stream().filter(i -> i.getDescription().equals(description))
        .findFirst().orElseThrow(() -> new AssertionError("no interaction \"" + description + "\" in " + CONTRACT));
  }

  private static List<Map<String, Object>> rules(MatchingRules rules, String category, String path) {
    var group = rules.rulesForCategory(category).getMatchingRules().get(path);
    assertThat(group).as("%s rules at %s in %s", category, path, rules.getCategories()).isNotNull();
    return group.getRules().stream().map(r -> r.toMap(PactSpecVersion.V4)).toList();
  }
}
