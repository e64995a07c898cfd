package dev.treaty.examples.provider;

import java.math.BigDecimal;
import java.util.Map;

/** The unit prices of the articles the service sells. */
public final class Catalog {
  private static final BigDecimal DEFAULT_PRICE = new BigDecimal("9.90");
  private final Map<String, BigDecimal> prices = Map.of(
      "SKU-0001", new BigDecimal("12.75"),
      "SKU-0417", new BigDecimal("4.50"));

  /** The unit price of {@code sku}. */
  public BigDecimal price(String sku) {
    return prices.getOrDefault(sku, DEFAULT_PRICE);
  }
}
