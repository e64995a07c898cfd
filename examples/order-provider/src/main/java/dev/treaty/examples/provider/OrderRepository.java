package dev.treaty.examples.provider;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The orders and known customers, in memory; thread-safe. */
public final class OrderRepository {
  private final Map<Long, Order> orders = new ConcurrentHashMap<>();
  private final Set<String> customers = ConcurrentHashMap.newKeySet();
  private final AtomicLong nextId = new AtomicLong(1000);

  /** Stores {@code order} under its id, replacing any order with that id. */
  public Order save(Order order) {
    orders.put(order.id(), order);
    nextId.accumulateAndGet(order.id() + 1, Math::max);
    return order;
  }

  /** Stores {@code order} under a new id and returns it with that id. */
  public Order add(Order order) {
    return save(order.withId(nextId.getAndIncrement()));
  }

  public Optional<Order> find(long id) {
    return Optional.ofNullable(orders.get(id));
  }

  /** The orders with {@code status}, by id, page {@code page} (from 0) of {@code size}. */
  public List<Order> byStatus(OrderStatus status, int page, int size) {
    return orders.values().stream().filter(o -> o.status() == status)
        .sorted(Comparator.comparingLong(Order::id))
        .skip((long) page * size).limit(size).toList();
  }

  public int countByStatus(OrderStatus status) {
    return (int) orders.values().stream().filter(o -> o.status() == status).count();
  }

  public void addCustomer(String customerId) {
    customers.add(customerId);
  }

  public boolean customerExists(String customerId) {
    return customers.contains(customerId);
  }

  /** Forgets every order and customer. */
  public void clear() {
    orders.clear();
    customers.clear();
  }
}
