package dev.treaty.benchmarks;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.dsl.PactDslWithState;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The same 50 interactions as {@link TreatyFiftyOrdersFixture} in pact-jvm 4.6.21's JUnit 5 consumer
 * support (run by ConsumerOverheadBenchmark only; the pact directory is system property
 * {@code pact.rootDir}).
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = FiftyOrders.PROVIDER, pactMethod = "fiftyOrders", pactVersion = PactSpecVersion.V4)
class PactJvmFiftyOrdersFixture {

  @Pact(consumer = FiftyOrders.CONSUMER)
  V4Pact fiftyOrders(PactDslWithProvider builder) {
    PactDslResponse response = null;
    for (int id = 1; id <= FiftyOrders.COUNT; id++) {
      PactDslWithState given = response == null
          ? builder.given("order exists", Map.of("id", id))
          : response.given("order exists", Map.of("id", id));
      response = given.uponReceiving(FiftyOrders.description(id))
          .pathFromProviderState("/orders/${id}", FiftyOrders.path(id))
          .method("GET")
          .headers("Accept", "application/json")
          .willRespondWith()
          .status(200)
          .matchHeader("Content-Type", FiftyOrders.JSON_TYPE, "application/json")
          .body(order(id));
    }
    return response.toPact(V4Pact.class);
  }

  @Test
  void getsFiftyOrders(MockServer orders) {
    FiftyOrders.fetchAll(orders.getUrl());
  }

  private static PactDslJsonBody order(int id) {
    PactDslJsonBody body = new PactDslJsonBody()
        .integerType("id", id)
        .stringMatcher("customerId", FiftyOrders.CUSTOMER, "C-1001")
        .stringMatcher("status", FiftyOrders.STATUS, "PAID")
        .datetime("placedAt", FiftyOrders.DATETIME, Instant.parse(FiftyOrders.PLACED_AT));
    body.minArrayLike("lines", 1)
        .stringMatcher("sku", FiftyOrders.SKU, "SKU-0001")
        .integerType("quantity", 2)
        .decimalType("unitPrice", 12.75)
        .closeObject()
        .closeArray();
    return body.decimalType("total", 25.5);
  }
}
