package dev.treaty.examples.consumer;

import java.math.BigDecimal;
import java.util.Objects;

/** One line of an order: a product, how many and the price of one. */
public record OrderLine(String sku, int quantity, BigDecimal unitPrice) {
  public OrderLine {
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(unitPrice, "unitPrice");
  }
}
