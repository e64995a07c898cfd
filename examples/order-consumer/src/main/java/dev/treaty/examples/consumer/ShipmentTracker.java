package dev.treaty.examples.consumer;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** What the web shop knows about shipped orders, so it can show customers a tracking link. */
public final class ShipmentTracker {
  private final Map<Long, OrderShipped> shipments = new ConcurrentHashMap<>();

  /** Records that {@code event}'s order was shipped; a later event for the same order wins. */
  public void shipped(OrderShipped event) {
    shipments.put(event.orderId(), event);
  }

  /** The shipment of order {@code orderId}, if it was shipped. */
  public Optional<OrderShipped> shipment(long orderId) {
    return Optional.ofNullable(shipments.get(orderId));
  }
}
