package dev.treaty.junit.consumer;

import static dev.treaty.dsl.ContractDsl.http;
import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.contract.Interaction;
import dev.treaty.dsl.HttpInteractionBuilder;
import dev.treaty.json.PactReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Interactions shared by a class, several providers in one class, and @Nested classes. */
class SharedInteractionsTest {
  @TempDir Path contracts;

  @Test
  void sharedInteractionReceivedOnceInTheClassPassesAndIsWritten() {
    TestKit.run(contracts, SharedUsed.class).testEvents().assertStatistics(s -> s.succeeded(2).failed(0));

    assertThat(PactReader.read(contracts.resolve("web-orders.json")).interactions())
        .extracting(Interaction::description).containsExactly("list orders");
  }

  @Test
  void sharedInteractionNeverReceivedFailsTheClass() {
    var results = TestKit.run(contracts, SharedUnused.class);

    results.testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
    Golden.assertMatches("shared-not-received.txt", Failures.of(results.containerEvents()).get(0).getMessage());
    assertThat(contracts.resolve("web-orders.json")).doesNotExist();
  }

  @Test
  void severalProvidersGetOneMockAndOneFileEach() {
    TestKit.run(contracts, TwoProviders.class).testEvents().assertStatistics(s -> s.succeeded(1).failed(0));

    assertThat(PactReader.read(contracts.resolve("web-orders.json")).interactions())
        .extracting(Interaction::description).containsExactly("get order");
    assertThat(PactReader.read(contracts.resolve("web-payments.json")).interactions())
        .extracting(Interaction::description).containsExactly("pay");
  }

  @Test
  void nestedClassesShareTheEnclosingMock() {
    TestKit.run(contracts, Outer.class).testEvents().assertStatistics(s -> s.succeeded(2).failed(0));

    assertThat(PactReader.read(contracts.resolve("web-orders.json")).interactions())
        .extracting(Interaction::description).containsExactly("get order", "list orders");
  }

  @Fixture
  @TreatyConsumerTest(consumer = "web", provider = "orders")
  static class SharedUsed {
    @Interactions
    static HttpInteractionBuilder listOrders() {
      return http("list orders").request(r -> r.get("/orders")).response(r -> r.status(200));
    }

    @Test
    void lists(MockProvider orders) {
      assertThat(Http.get(orders.baseUrl() + "/orders").statusCode()).isEqualTo(200);
    }

    @Test
    void listsAgain(MockProvider orders) {
      assertThat(Http.get(orders.baseUrl() + "/orders").statusCode()).isEqualTo(200);
    }
  }

  @Fixture
  @TreatyConsumerTest(consumer = "web", provider = "orders")
  static class SharedUnused {
    @Interactions
    static List<HttpInteractionBuilder> shared() {
      return List.of(http("list orders").request(r -> r.get("/orders")).response(r -> r.status(200)));
    }

    @Test
    void doesNothing() {}
  }

  @Fixture
  @TreatyConsumerTest(consumer = "web", provider = {"orders", "payments"})
  static class TwoProviders {
    @Test
    void checksOut(@Provider("orders") MockProvider orders, @Provider("payments") MockProvider payments) {
      assertThat(orders.baseUrl()).isNotEqualTo(payments.baseUrl());
      orders.expect(http("get order").request(r -> r.get("/orders/1")).response(r -> r.status(200)));
      payments.expect(http("pay").request(r -> r.post("/payments")).response(r -> r.status(201)));

      assertThat(Http.get(orders.baseUrl() + "/orders/1").statusCode()).isEqualTo(200);
      assertThat(Http.post(payments.baseUrl() + "/payments", "{}").statusCode()).isEqualTo(201);
    }
  }

  @Fixture
  @TreatyConsumerTest(consumer = "web", provider = "orders")
  static class Outer {
    @Test
    void gets(MockProvider orders) {
      orders.expect(http("get order").request(r -> r.get("/orders/1")).response(r -> r.status(200)));
      Http.get(orders.baseUrl() + "/orders/1");
    }

    @Nested
    class Inner {
      @Test
      void lists(MockProvider orders) {
        orders.expect(http("list orders").request(r -> r.get("/orders")).response(r -> r.status(200)));
        Http.get(orders.baseUrl() + "/orders");
      }
    }
  }
}
