package dev.treaty.examples.consumer;

import static dev.treaty.dsl.ContractDsl.json;
import static dev.treaty.dsl.ContractDsl.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.junit.consumer.ExampleMessage;
import dev.treaty.junit.consumer.MessageProvider;
import dev.treaty.junit.consumer.TreatyConsumerTest;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The order web shop's contract for the events the order service publishes. */
@TreatyConsumerTest(consumer = "order-web", provider = "order-service")
class OrderEventsContractTest {

  @Test
  void recordsTheShipmentOfAShippedOrder(MessageProvider orderService) {
    ExampleMessage shipped = orderService.expect(message("an OrderShipped event")
        .given("order has shipped", Map.of("id", 42))
        .contents(json(o -> o
            .integerType("orderId", 42)
            .stringType("carrier", "DHL")
            .stringMatching("trackingNumber", "[A-Z0-9]{10,20}", "JD014600003828")
            .datetime("shippedAt", OrderClientContractTest.DATETIME, "2026-11-03T14:05:00Z")))
        .metadata("contentType", "application/json")
        .metadata("topic", "order-events"));
    ShipmentTracker tracker = new ShipmentTracker();

    new OrderEventHandler(tracker).handle(shipped.bytes());

    assertThat(tracker.shipment(42)).contains(new OrderShipped(
        42, "DHL", "JD014600003828", OffsetDateTime.parse("2026-11-03T14:05:00Z")));
  }
}
