package dev.treaty.examples.provider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The HTTP handlers of the order API: find, place and list orders. */
final class OrderRoutes {
  private final OrderRepository repository;
  private final OrderJson json;
  private final Catalog catalog;
  private final Clock clock;

  OrderRoutes(OrderRepository repository, OrderJson json, Catalog catalog, Clock clock) {
    this.repository = repository;
    this.json = json;
    this.catalog = catalog;
    this.clock = clock;
  }

  /** {@code GET /orders/{id}}: 200 and the order, or 404. */
  void find(Context ctx) {
    Optional<Long> id = number(ctx.pathParam("id"));
    Optional<Order> order = id.flatMap(repository::find);
    if (order.isEmpty()) {
      error(ctx, 404, "no order " + ctx.pathParam("id"));
      return;
    }
    ok(ctx, 200, OrderJson.write(json.order(order.get())));
  }

  /** {@code POST /orders}: 201, the order and its {@code Location}; 400 or 422 for bad input. */
  void place(Context ctx) {
    JsonNode body;
    try {
      body = OrderJson.MAPPER.readTree(ctx.body());
    } catch (JsonProcessingException e) {
      error(ctx, 400, "body is not JSON: " + e.getOriginalMessage());
      return;
    }
    String customerId = body.path("customerId").asText("");
    if (!repository.customerExists(customerId)) {
      error(ctx, 422, "unknown customer: " + customerId);
      return;
    }
    List<OrderLine> lines = new ArrayList<>();
    for (JsonNode line : body.path("lines")) {
      String sku = line.path("sku").asText();
      lines.add(new OrderLine(sku, line.path("quantity").asInt(), catalog.price(sku)));
    }
    if (lines.isEmpty()) {
      error(ctx, 422, "an order needs at least one line");
      return;
    }
    OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    Order order = repository.add(new Order(0, customerId, OrderStatus.PLACED, now, lines));
    ctx.header("Location", "/orders/" + order.id());
    ok(ctx, 201, OrderJson.write(json.order(order)));
  }

  /** {@code GET /orders?status=SHIPPED&page=0&size=20}: one page of the orders with a status. */
  void list(Context ctx) {
    Optional<OrderStatus> status = status(ctx.queryParam("status"));
    int page = number(ctx.queryParam("page")).orElse(0L).intValue();
    int size = number(ctx.queryParam("size")).orElse(20L).intValue();
    if (status.isEmpty() || size < 1) {
      error(ctx, 400, "give status (PLACED, PAID, SHIPPED or CANCELLED), page >= 0 and size >= 1");
      return;
    }
    List<Order> orders = repository.byStatus(status.get(), page, size);
    ok(ctx, 200, OrderJson.write(json.page(orders, page, size, repository.countByStatus(status.get()))));
  }

  private static void ok(Context ctx, int status, String body) {
    ctx.status(status).contentType("application/json").result(body);
  }

  private static void error(Context ctx, int status, String detail) {
    ok(ctx, status, OrderJson.write(OrderJson.MAPPER.createObjectNode().put("error", detail)));
  }

  private static Optional<Long> number(String text) {
    try {
      return text == null ? Optional.empty() : Optional.of(Long.parseLong(text));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<OrderStatus> status(String text) {
    try {
      return text == null ? Optional.empty() : Optional.of(OrderStatus.valueOf(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
