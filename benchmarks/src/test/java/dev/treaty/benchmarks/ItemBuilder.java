package dev.treaty.benchmarks;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

// Builds one line item of the full order: the bulk of the 100 KB and 1 MB responses.
final class ItemBuilder {

  private final OrderDocument doc;
  private final int lineId;

  ItemBuilder(OrderDocument doc, int lineId) {
    this.doc = doc;
    this.lineId = lineId;
  }

  ObjectNode build() {
    ObjectNode item = JsonNodeFactory.instance.objectNode();
    item.put("lineId", doc.varies("$.items[*].lineId") ? lineId : 1);
    item.put("sku", doc.string("$.items[*].sku", "SKU-000042",
        () -> String.format("SKU-%06d", doc.nextInt(1_000_000))));
    item.put("name", doc.string("$.items[*].name", "Walnut desk organiser", () -> doc.words(3)));
    item.put("quantity", doc.integer("$.items[*].quantity", 2, 9));
    item.put("unitPrice", doc.money("$.items[*].unitPrice", 1999));
    item.put("lineTotal", doc.money("$.items[*].lineTotal", 3998));
    item.put("currency", "EUR");
    item.put("addedAt", doc.timestamp("$.items[*].addedAt", "2026-03-14T09:20:00Z"));
    item.put("imageUrl", doc.string("$.items[*].imageUrl", "https://cdn.example.com/img/SKU-000042.jpg",
        () -> "https://cdn.example.com/img/" + doc.word() + "-" + doc.nextInt(10_000) + ".jpg"));
    tags(item.putArray("tags"));
    attributes(item.putArray("attributes"));
    discounts(item.putArray("discounts"));
    ObjectNode warehouse = item.putObject("warehouse");
    warehouse.put("id", doc.integer("$.items[*].warehouse.id", 7, 500));
    warehouse.put("location", doc.string("$.items[*].warehouse.location", "Bay 7, Aisle C",
        () -> "Bay " + doc.nextInt(100) + ", Aisle " + (char) ('A' + doc.nextInt(20))));
    ObjectNode links = item.putObject("_links");
    links.putObject("self").put("href", doc.string("$.items[*]._links.self.href",
        "https://api.example.com/orders/ORD-2026-000042/items/1",
        () -> "https://api.example.com/orders/" + doc.orderId() + "/items/" + lineId));
    links.putObject("product").put("href", doc.string("$.items[*]._links.product.href",
        "https://api.example.com/products/SKU-000042",
        () -> String.format("https://api.example.com/products/SKU-%06d", doc.nextInt(1_000_000))));
    return item;
  }

  private void tags(ArrayNode tags) {
    for (int i = 0; i < doc.count("$.items[*].tags", 1 + doc.nextInt(4)); i++) {
      tags.add(doc.string("$.items[*].tags[*]", "office", doc::word));
    }
  }

  private void attributes(ArrayNode attributes) {
    for (int i = 0; i < doc.count("$.items[*].attributes", 1 + doc.nextInt(3)); i++) {
      ObjectNode attribute = attributes.addObject();
      attribute.put("name", doc.string("$.items[*].attributes[*].name", "material", doc::word));
      attribute.put("value", doc.string("$.items[*].attributes[*].value", "walnut", () -> doc.words(2)));
    }
  }

  private void discounts(ArrayNode discounts) {
    for (int i = 0; i < doc.count("$.items[*].discounts", 1 + doc.nextInt(2)); i++) {
      ObjectNode discount = discounts.addObject();
      discount.put("code", doc.string("$.items[*].discounts[*].code", "SPRING10",
          () -> "SAVE" + (10 + doc.nextInt(90))));
      discount.put("amount", doc.money("$.items[*].discounts[*].amount", 199));
    }
  }
}
