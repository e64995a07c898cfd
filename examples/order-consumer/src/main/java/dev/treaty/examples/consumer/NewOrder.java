package dev.treaty.examples.consumer;

import java.util.List;
import java.util.Objects;

/** The request to place an order: who orders and what. */
public record NewOrder(String customerId, List<Line> lines) {
  public NewOrder {
    Objects.requireNonNull(customerId, "customerId");
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("new order for " + customerId + " has no lines; add at least one");
    }
  }

  /** One requested product and how many of it. */
  public record Line(String sku, int quantity) {
    public Line {
      Objects.requireNonNull(sku, "sku");
      if (quantity < 1) {
        throw new IllegalArgumentException("quantity of " + sku + " is " + quantity + "; order at least 1");
      }
    }
  }
}
