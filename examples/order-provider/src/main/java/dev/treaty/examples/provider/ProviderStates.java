package dev.treaty.examples.provider;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The provider states of the order service's contracts, set up in its repository. Shared by the
 * JUnit verification ({@code OrderProviderTest}'s {@code @State} methods) and the HTTP endpoints a
 * verification from outside the JVM uses ({@link VerificationEndpoints}), so both set up the same.
 */
public final class ProviderStates {
  static final OffsetDateTime PLACED_AT = OffsetDateTime.parse("2026-11-02T09:30:00Z");
  static final OffsetDateTime SHIPPED_AT = OffsetDateTime.parse("2026-11-03T14:05:00Z");

  private final OrderRepository repository;
  private volatile Order shipped;

  public ProviderStates(OrderRepository repository) {
    this.repository = repository;
  }

  /** "order exists": a paid order of {@code customerId}; its id feeds {@code /orders/${id}}. */
  public Map<String, Object> orderExists(String customerId) {
    Order order = repository.add(order(customerId, OrderStatus.PAID));
    return Map.of("id", order.id());
  }

  /** "order does not exist": fails if order {@code id} exists. */
  public void orderDoesNotExist(long id) {
    if (repository.find(id).isPresent()) {
      throw new IllegalStateException("order " + id + " exists");
    }
  }

  /** "customer exists". */
  public void customerExists(String customerId) {
    repository.addCustomer(customerId);
  }

  /** "orders with status exist": {@code count} orders in {@code status}. */
  public void ordersWithStatusExist(OrderStatus status, int count) {
    for (int i = 0; i < count; i++) {
      repository.add(order("C-" + (2000 + i), status));
    }
  }

  /** "order has shipped": order {@code id}, shipped; {@link #shippedEvent()} announces it. */
  public void orderHasShipped(long id) {
    shipped = repository.save(order("C-1001", OrderStatus.SHIPPED).withId(id));
  }

  /** The event the service publishes for the order of "order has shipped". */
  public OrderEvents.Event shippedEvent() {
    Order order = shipped;
    if (order == null) {
      throw new IllegalStateException("no order has shipped; set up the state \"order has shipped\" first");
    }
    return new OrderEvents().orderShipped(order, "DHL", "JD014600003828", SHIPPED_AT);
  }

  /** Forgets every state: the teardown of all of them. */
  public void reset() {
    repository.clear();
    shipped = null;
  }

  private static Order order(String customerId, OrderStatus status) {
    return new Order(0, customerId, status, PLACED_AT, List.of(new OrderLine("SKU-0001", 2, new BigDecimal("12.75"))));
  }
}
