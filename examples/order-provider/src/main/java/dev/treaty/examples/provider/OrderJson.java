package dev.treaty.examples.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The JSON of orders as the API writes it. Timestamps are {@code yyyy-MM-dd'T'HH:mm:ssXXX},
 * amounts are decimals with two places.
 *
 * <p>{@link #renamingTotal()} is a deliberately broken variant, a test-only switch: it writes the
 * total as {@code total_price}, so the provider test can prove that verification catches it.
 */
public final class OrderJson {
  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

  private final String totalField;

  private OrderJson(String totalField) {
    this.totalField = totalField;
  }

  /** The JSON the consumers rely on. */
  public static OrderJson standard() {
    return new OrderJson("total");
  }

  /** Test-only: writes {@code total_price} instead of {@code total}, breaking the contract. */
  public static OrderJson renamingTotal() {
    return new OrderJson("total_price");
  }

  public ObjectNode order(Order order) {
    ObjectNode json = MAPPER.createObjectNode()
        .put("id", order.id())
        .put("customerId", order.customerId())
        .put("status", order.status().name())
        .put("placedAt", TIMESTAMP.format(order.placedAt()));
    ArrayNode lines = json.putArray("lines");
    for (OrderLine line : order.lines()) {
      lines.addObject().put("sku", line.sku()).put("quantity", line.quantity()).put("unitPrice", line.unitPrice());
    }
    return json.put(totalField, order.total());
  }

  public ObjectNode page(List<Order> orders, int page, int size, int totalItems) {
    ObjectNode json = MAPPER.createObjectNode();
    ArrayNode items = json.putArray("items");
    orders.forEach(order -> items.add(order(order)));
    return json.put("page", page).put("size", size).put("totalItems", totalItems);
  }

  static String write(JsonNode json) {
    return json.toString();
  }
}
