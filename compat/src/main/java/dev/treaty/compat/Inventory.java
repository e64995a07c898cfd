package dev.treaty.compat;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/** The service's in-memory stock and reservations. */
@Component
public class Inventory {
  private final Map<String, Item> items = new ConcurrentHashMap<>();
  private final AtomicLong reservationIds = new AtomicLong(500);

  public void put(Item item) {
    items.put(item.sku(), item);
  }

  public Optional<Item> find(String sku) {
    return Optional.ofNullable(items.get(sku));
  }

  /** Takes {@code quantity} units of the item out of stock, or answers empty if there are not enough. */
  public synchronized Optional<Reservation> reserve(String sku, int quantity) {
    Item item = items.get(sku);
    if (item == null || item.quantity() < quantity) {
      return Optional.empty();
    }
    items.put(sku, new Item(sku, item.name(), item.quantity() - quantity, item.unitPrice(), item.discontinued()));
    return Optional.of(new Reservation(reservationIds.incrementAndGet(), sku, quantity));
  }

  public void clear() {
    items.clear();
  }
}
