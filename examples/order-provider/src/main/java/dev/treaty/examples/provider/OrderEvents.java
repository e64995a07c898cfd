package dev.treaty.examples.provider;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/** Builds the events the order service publishes on topic {@code order-events}. */
public final class OrderEvents {
  public static final String TOPIC = "order-events";
  private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

  /** An event as it goes onto the topic: topic, content type and JSON payload. */
  public record Event(String topic, String contentType, byte[] payload) {
    public Event {
      Objects.requireNonNull(topic, "topic");
      Objects.requireNonNull(contentType, "contentType");
      payload = payload.clone();
    }

    @Override
    public byte[] payload() {
      return payload.clone();
    }
  }

  /** The {@code OrderShipped} event of {@code order}, handed to {@code carrier} at {@code shippedAt}. */
  public Event orderShipped(Order order, String carrier, String trackingNumber, OffsetDateTime shippedAt) {
    String json = OrderJson.MAPPER.createObjectNode()
        .put("orderId", order.id())
        .put("carrier", carrier)
        .put("trackingNumber", trackingNumber)
        .put("shippedAt", TIMESTAMP.format(shippedAt))
        .toString();
    return new Event(TOPIC, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }
}
