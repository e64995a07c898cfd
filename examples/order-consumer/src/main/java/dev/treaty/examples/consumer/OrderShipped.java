package dev.treaty.examples.consumer;

import java.time.OffsetDateTime;
import java.util.Objects;

/** The event the order service publishes when an order leaves the warehouse. */
public record OrderShipped(long orderId, String carrier, String trackingNumber, OffsetDateTime shippedAt) {
  public OrderShipped {
    Objects.requireNonNull(carrier, "carrier");
    Objects.requireNonNull(trackingNumber, "trackingNumber");
    Objects.requireNonNull(shippedAt, "shippedAt");
  }
}
