package dev.treaty.examples.consumer;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/** An order as the order service returns it. */
public record Order(long id, String customerId, OrderStatus status, OffsetDateTime placedAt,
    List<OrderLine> lines, BigDecimal total) {
  public Order {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(placedAt, "placedAt");
    lines = List.copyOf(lines);
    Objects.requireNonNull(total, "total");
  }
}
