package dev.treaty.examples.consumer;

/** Where an order is in its life, as the order service names it. */
public enum OrderStatus {
  PLACED,
  PAID,
  SHIPPED,
  CANCELLED
}
