package dev.treaty.examples.provider;

import java.math.BigDecimal;
import java.util.Objects;

/** One line of an order: how many of which article, at which unit price. */
public record OrderLine(String sku, int quantity, BigDecimal unitPrice) {
  public OrderLine {
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(unitPrice, "unitPrice");
    if (quantity < 1) {
      throw new IllegalArgumentException("quantity must be at least 1: " + quantity);
    }
  }

  /** Quantity times unit price. */
  public BigDecimal amount() {
    return unitPrice.multiply(BigDecimal.valueOf(quantity));
  }
}
