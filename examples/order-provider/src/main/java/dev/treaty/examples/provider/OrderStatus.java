package dev.treaty.examples.provider;

/** Where an order is in its life. */
public enum OrderStatus {
  PLACED, PAID, SHIPPED, CANCELLED
}
