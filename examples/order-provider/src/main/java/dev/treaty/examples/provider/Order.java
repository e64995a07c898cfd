package dev.treaty.examples.provider;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/** An order as the order service stores it; the total is derived from the lines. */
public record Order(long id, String customerId, OrderStatus status, OffsetDateTime placedAt, List<OrderLine> lines) {
  public Order {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(placedAt, "placedAt");
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("an order needs at least one line");
    }
  }

  /** The sum of the lines, with two decimal places. */
  public BigDecimal total() {
    return lines.stream().map(OrderLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
        .setScale(2, RoundingMode.HALF_UP);
  }

  /** A copy with another id. */
  public Order withId(long newId) {
    return new Order(newId, customerId, status, placedAt, lines);
  }
}
