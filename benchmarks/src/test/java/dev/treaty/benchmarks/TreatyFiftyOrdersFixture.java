package dev.treaty.benchmarks;

import static dev.treaty.dsl.ContractDsl.fromProviderState;
import static dev.treaty.dsl.ContractDsl.http;
import static dev.treaty.dsl.ContractDsl.json;

import dev.treaty.junit.consumer.MockProvider;
import dev.treaty.junit.consumer.TreatyConsumerTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The 50 interactions as a Treaty consumer test class (run by ConsumerOverheadBenchmark only). */
@TreatyConsumerTest(consumer = FiftyOrders.CONSUMER, provider = FiftyOrders.PROVIDER)
class TreatyFiftyOrdersFixture {

  @Test
  void getsFiftyOrders(MockProvider orders) {
    for (int i = 1; i <= FiftyOrders.COUNT; i++) {
      int id = i;
      orders.expect(http(FiftyOrders.description(id))
          .given("order exists", Map.of("id", id))
          .request(r -> r.method("GET")
              .path(fromProviderState("/orders/${id}", FiftyOrders.path(id)))
              .header("Accept", "application/json"))
          .response(r -> r.status(200)
              .headerMatching("Content-Type", FiftyOrders.JSON_TYPE, "application/json")
              .body(json(o -> o.integerType("id", id)
                  .stringMatching("customerId", FiftyOrders.CUSTOMER, "C-1001")
                  .stringMatching("status", FiftyOrders.STATUS, "PAID")
                  .datetime("placedAt", FiftyOrders.DATETIME, FiftyOrders.PLACED_AT)
                  .eachLike("lines", 1, line -> line
                      .stringMatching("sku", FiftyOrders.SKU, "SKU-0001")
                      .integerType("quantity", 2)
                      .decimalType("unitPrice", 12.75))
                  .decimalType("total", 25.5)))));
    }

    FiftyOrders.fetchAll(orders.baseUrl());
  }
}
