package dev.treaty.examples.consumer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Handles the order service's {@code OrderShipped} events (JSON) as they arrive from the message
 * broker, and records each shipment in a {@link ShipmentTracker}.
 */
public final class OrderEventHandler {
  private final ShipmentTracker tracker;

  /** A handler that records shipments in {@code tracker}. */
  public OrderEventHandler(ShipmentTracker tracker) {
    this.tracker = tracker;
  }

  /**
   * Handles one {@code OrderShipped} event.
   *
   * @throws IllegalArgumentException when {@code payload} is not an {@code OrderShipped} event
   */
  public void handle(byte[] payload) {
    OrderShipped event;
    try {
      event = OrderClient.JSON.readValue(payload, OrderShipped.class);
    } catch (IOException e) {
      throw new IllegalArgumentException("not an OrderShipped event: "
          + new String(payload, StandardCharsets.UTF_8) + " (" + e.getMessage() + ")", e);
    }
    tracker.shipped(event);
  }
}
