package dev.treaty.junit.consumer;

import static dev.treaty.dsl.ContractDsl.fromProviderState;
import static dev.treaty.dsl.ContractDsl.http;
import static dev.treaty.dsl.ContractDsl.json;
import static dev.treaty.dsl.ContractDsl.like;
import static dev.treaty.dsl.ContractDsl.message;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Interaction;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Contracts written by consumer tests load in pact-jvm with their rules and generators. */
class PactJvmCompatibilityTest {
  @TempDir Path contracts;

  @Test
  void v4HttpAndMessageContractLoadsWithRulesAndGenerators() {
    TestKit.run(contracts, Everything.class).testEvents().assertStatistics(s -> s.succeeded(2).failed(0));

    Pact pact = DefaultPactReader.INSTANCE.loadPact(contracts.resolve("web-orders.json").toFile());

    assertThat(pact.getConsumer().getName()).isEqualTo("web");
    assertThat(pact.getProvider().getName()).isEqualTo("orders");
    assertThat(pact.getInteractions()).hasSize(2);
    Interaction get = find(pact, "get order 42");
    assertThat(get).isInstanceOf(V4Interaction.SynchronousHttp.class);
    var http = (V4Interaction.SynchronousHttp) get;
    assertThat(http.getResponse().getMatchingRules().rulesForCategory("body").getMatchingRules())
        .containsKeys("$.id", "$.items", "$.items[*].sku", "$.note");
    assertThat(http.getRequest().getGenerators().getCategories()).isNotEmpty();
    assertThat(find(pact, "order created")).isInstanceOf(V4Interaction.AsynchronousMessage.class);
    assertThat(pact.getMetadata()).containsKey("treaty");
  }

  @Test
  void v3HttpContractLoadsAsV3() {
    TestKit.run(Map.of("treaty.contracts.spec-version", "V3"), contracts, HttpOnly.class)
        .testEvents().assertStatistics(s -> s.succeeded(1).failed(0));

    Pact pact = DefaultPactReader.INSTANCE.loadPact(contracts.resolve("web-orders.json").toFile());

    assertThat(pact.getInteractions()).hasSize(1);
    assertThat(pact.getMetadata().get("pactSpecification").toString()).contains(PactSpecVersion.V3.versionString());
  }

  private static Interaction find(Pact pact, String description) {
    return pact.getInteractions().stream().filter(i -> i.getDescription().equals(description))
        .findFirst().orElseThrow();
  }

  record Item(String sku, int quantity) {}

  @Fixture
  @TreatyConsumerTest(consumer = "web", provider = "orders")
  static class Everything {
    @Test
    void getsOrder(MockProvider orders) {
      orders.expect(http("get order 42").given("order 42 exists", Map.of("id", 42))
          .request(r -> r.method("GET").path(fromProviderState("/orders/${id}", "/orders/42")))
          .response(r -> r.status(200).body(json(o -> o.integerType("id", 42).nullable("note", "fragile")
              .like("items", List.of(new Item("A-1", 2)))))));
      Http.get(orders.baseUrl() + "/orders/42");
    }

    @Test
    void handlesCreated(MessageProvider events) {
      events.expect(message("order created").contents(like(new Item("A-1", 2))).metadata("topic", "orders"));
    }
  }

  @Fixture
  @TreatyConsumerTest(consumer = "web", provider = "orders")
  static class HttpOnly {
    @Test
    void lists(MockProvider orders) {
      orders.expect(http("list orders").request(r -> r.get("/orders").query("page", "1"))
          .response(r -> r.status(200).body(json(o -> o.eachLike("orders", i -> i.integerType("id", 1))))));
      Http.get(orders.baseUrl() + "/orders?page=1");
    }
  }
}
