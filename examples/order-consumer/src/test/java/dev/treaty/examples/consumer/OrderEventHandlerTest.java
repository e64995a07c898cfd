package dev.treaty.examples.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The handler without a contract: what it does with events it cannot read, and repeated events. */
class OrderEventHandlerTest {
  private final ShipmentTracker tracker = new ShipmentTracker();
  private final OrderEventHandler handler = new OrderEventHandler(tracker);

  @Test
  void payloadThatIsNotAnEventIsRejectedWithThePayload() {
    assertThatThrownBy(() -> handler.handle("{\"orderId\":".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not an OrderShipped event: {\"orderId\": (");
    assertThat(tracker.shipment(0)).isEmpty();
  }

  @Test
  void laterEventForTheSameOrderWins() {
    handler.handle(event("DHL"));
    handler.handle(event("UPS"));

    assertThat(tracker.shipment(7)).get().extracting(OrderShipped::carrier).isEqualTo("UPS");
  }

  private static byte[] event(String carrier) {
    return ("{\"orderId\":7,\"carrier\":\"" + carrier + "\",\"trackingNumber\":\"X1234567890\","
        + "\"shippedAt\":\"2026-11-03T14:05:00Z\"}").getBytes(StandardCharsets.UTF_8);
  }
}
