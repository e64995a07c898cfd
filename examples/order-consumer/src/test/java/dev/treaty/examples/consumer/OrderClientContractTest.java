package dev.treaty.examples.consumer;

import static dev.treaty.dsl.ContractDsl.fromProviderState;
import static dev.treaty.dsl.ContractDsl.http;
import static dev.treaty.dsl.ContractDsl.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.dsl.JsonObjectBuilder;
import dev.treaty.junit.consumer.MockProvider;
import dev.treaty.junit.consumer.TreatyConsumerTest;
import java.math.BigDecimal;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The order web shop's contract with the order service: what {@link OrderClient} sends and what it
 * needs back. The README of this module lists the endpoints and provider states for the provider.
 */
@TreatyConsumerTest(consumer = "order-web", provider = "order-service")
class OrderClientContractTest {
  static final String JSON_TYPE = "application/json(;\\s?charset=[\\w-]+)?";
  static final String DATETIME = "yyyy-MM-dd'T'HH:mm:ssXXX";
  static final String STATUS = "PLACED|PAID|SHIPPED|CANCELLED";

  @Test
  void findsAnExistingOrder(MockProvider orderService) {
    orderService.expect(http("get order 42")
        .given("order exists", Map.of("id", 42, "customerId", "C-1001"))
        .request(r -> r.method("GET").path(fromProviderState("/orders/${id}", "/orders/42"))
            .header("Accept", "application/json"))
        .response(r -> r.status(200)
            .headerMatching("Content-Type", JSON_TYPE, "application/json")
            .body(json(o -> order(o, 42, "PAID")))));

    Order order = client(orderService).find(42).orElseThrow();

    assertThat(order.id()).isEqualTo(42);
    assertThat(order.customerId()).isEqualTo("C-1001");
    assertThat(order.status()).isEqualTo(OrderStatus.PAID);
    assertThat(order.placedAt()).isEqualTo(OffsetDateTime.parse("2026-11-02T09:30:00Z"));
    assertThat(order.lines()).containsExactly(new OrderLine("SKU-0001", 2, new BigDecimal("12.75")));
    assertThat(order.total()).isEqualByComparingTo("25.50");
  }

  @Test
  void findsNothingForAnUnknownOrder(MockProvider orderService) {
    orderService.expect(http("get missing order 999")
        .given("order does not exist", Map.of("id", 999))
        .request(r -> r.get("/orders/999").header("Accept", "application/json"))
        .response(r -> r.status(404)));

    assertThat(client(orderService).find(999)).isEmpty();
  }

  @Test
  void placesAnOrder(MockProvider orderService) {
    orderService.expect(http("place an order")
        .given("customer exists", Map.of("customerId", "C-1001"))
        .request(r -> r.post("/orders")
            .header("Accept", "application/json")
            .headerMatching("Content-Type", JSON_TYPE, "application/json")
            .body(json(o -> o
                .stringMatching("customerId", "C-\\d+", "C-1001")
                .eachLike("lines", 1, line -> line
                    .stringMatching("sku", "SKU-\\d{4}", "SKU-0001")
                    .integerType("quantity", 2)))))
        .response(r -> r.status(201)
            .headerMatching("Location", "(https?://[^/]+)?/orders/\\d+", "/orders/1001")
            .headerMatching("Content-Type", JSON_TYPE, "application/json")
            .body(json(o -> order(o, 1001, "PLACED")))));

    long id = client(orderService).place(
        new NewOrder("C-1001", List.of(new NewOrder.Line("SKU-0001", 2), new NewOrder.Line("SKU-0417", 1))));

    assertThat(id).isEqualTo(1001);
  }

  @Test
  void listsOrdersByStatusPageByPage(MockProvider orderService) {
    orderService.expect(http("list shipped orders, first page")
        .given("orders with status exist", Map.of("status", "SHIPPED", "count", 3))
        .request(r -> r.get("/orders")
            .query("status", "SHIPPED")
            .queryMatching("page", "\\d+", "0")
            .queryMatching("size", "\\d+", "20")
            .header("Accept", "application/json"))
        .response(r -> r.status(200)
            .headerMatching("Content-Type", JSON_TYPE, "application/json")
            .body(json(o -> o
                .eachLike("items", 1, item -> order(item, 42, "SHIPPED"))
                .integerType("page", 0)
                .integerType("size", 20)
                .integerType("totalItems", 3)))));

    OrderPage page = client(orderService).list(OrderStatus.SHIPPED, 0, 20);

    assertThat(page.items()).extracting(Order::status).containsExactly(OrderStatus.SHIPPED);
    assertThat(page.page()).isZero();
    assertThat(page.size()).isEqualTo(20);
    assertThat(page.totalItems()).isEqualTo(3);
  }

  /** The order body every endpoint answers with: shape, types and formats, not exact values. */
  static JsonObjectBuilder order(JsonObjectBuilder o, long id, String status) {
    return o.integerType("id", id)
        .stringMatching("customerId", "C-\\d+", "C-1001")
        .stringMatching("status", STATUS, status)
        .datetime("placedAt", DATETIME, "2026-11-02T09:30:00Z")
        .eachLike("lines", 1, line -> line
            .stringMatching("sku", "SKU-\\d{4}", "SKU-0001")
            .integerType("quantity", 2)
            .decimalType("unitPrice", 12.75))
        .decimalType("total", 25.50);
  }

  private static OrderClient client(MockProvider orderService) {
    return new OrderClient(URI.create(orderService.baseUrl()));
  }
}
