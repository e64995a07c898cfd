package dev.treaty.benchmarks;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

// The body matching rules of the order contract, as Pact V3 JSON: a few for the compact order,
// fifty (type, eachLike min, regex, integer, decimal, timestamp, include) for the full one.
final class OrderRules {

  static final String TIMESTAMP = "yyyy-MM-dd'T'HH:mm:ssXXX";

  private final Map<String, ObjectNode> rules = new LinkedHashMap<>();

  private OrderRules() {}

  static Map<String, ObjectNode> compact() {
    OrderRules r = new OrderRules();
    r.header();
    r.integer("$.customer.id");
    r.eachLike("$.items", 1);
    r.integer("$.items[*].quantity");
    r.decimal("$.items[*].unitPrice");
    return r.rules;
  }

  static Map<String, ObjectNode> full() {
    OrderRules r = new OrderRules();
    r.header();
    r.timestamp("$.updatedAt");
    r.include("$._links.self.href", "https://api.example.com/orders/");
    r.customer();
    r.items();
    r.regex("$.payment.method", "CARD|PAYPAL|INVOICE");
    r.decimal("$.payment.amount");
    r.regex("$.payment.currency", "[A-Z]{3}");
    r.timestamp("$.payment.paidAt");
    r.regex("$.payment.transactionId", "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    r.type("$.shipping.carrier");
    r.regex("$.shipping.trackingNumber", "[A-Z]{2}\\d{9}[A-Z]{2}");
    r.eachLike("$.shipping.events", 1);
    r.timestamp("$.shipping.events[*].at");
    r.regex("$.shipping.events[*].status",
        "LABEL_CREATED|PICKED_UP|IN_TRANSIT|OUT_FOR_DELIVERY|DELIVERED");
    r.type("$.shipping.events[*].location");
    r.decimal("$.totals.subtotal");
    r.decimal("$.totals.tax");
    r.decimal("$.totals.grandTotal");
    r.integer("$.totals.itemCount");
    return r.rules;
  }

  private void header() {
    regex("$.id", "ORD-\\d{4}-\\d{6}");
    regex("$.status", "PLACED|PAID|SHIPPED|DELIVERED|CANCELLED");
    timestamp("$.createdAt");
  }

  private void customer() {
    integer("$.customer.id");
    type("$.customer.name");
    regex("$.customer.email", "[^@\\s]+@[^@\\s]+\\.[a-z]+");
    type("$.customer.phone");
    regex("$.customer.loyaltyTier", "NONE|SILVER|GOLD|PLATINUM");
    type("$.customer.address.street");
    type("$.customer.address.city");
    regex("$.customer.address.postcode", "[A-Z0-9 ]{3,10}");
    regex("$.customer.address.country", "[A-Z]{2}");
  }

  private void items() {
    eachLike("$.items", 1);
    integer("$.items[*].lineId");
    regex("$.items[*].sku", "SKU-\\d{6}");
    type("$.items[*].name");
    integer("$.items[*].quantity");
    decimal("$.items[*].unitPrice");
    decimal("$.items[*].lineTotal");
    timestamp("$.items[*].addedAt");
    include("$.items[*].imageUrl", "https://cdn.example.com/img/");
    eachLike("$.items[*].tags", 1);
    regex("$.items[*].tags[*]", "[a-z]+");
    eachLike("$.items[*].attributes", 1);
    type("$.items[*].attributes[*].name");
    type("$.items[*].attributes[*].value");
    eachLike("$.items[*].discounts", 0);
    regex("$.items[*].discounts[*].code", "[A-Z]{4,8}\\d{2}");
    decimal("$.items[*].discounts[*].amount");
    integer("$.items[*].warehouse.id");
    type("$.items[*].warehouse.location");
    regex("$.items[*]._links.self.href",
        "https://api\\.example\\.com/orders/ORD-\\d{4}-\\d{6}/items/\\d+");
    include("$.items[*]._links.product.href", "/products/SKU-");
  }

  private void type(String path) {
    add(path, matcher("type"));
  }

  private void eachLike(String path, int min) {
    add(path, matcher("type").put("min", min));
  }

  private void regex(String path, String regex) {
    add(path, matcher("regex").put("regex", regex));
  }

  private void integer(String path) {
    add(path, matcher("integer"));
  }

  private void decimal(String path) {
    add(path, matcher("decimal"));
  }

  private void timestamp(String path) {
    add(path, matcher("timestamp").put("timestamp", TIMESTAMP));
  }

  private void include(String path, String value) {
    add(path, matcher("include").put("value", value));
  }

  private static ObjectNode matcher(String match) {
    return JsonNodeFactory.instance.objectNode().put("match", match);
  }

  private void add(String path, ObjectNode matcher) {
    ObjectNode group = JsonNodeFactory.instance.objectNode();
    group.putArray("matchers").add(matcher);
    group.put("combine", "AND");
    if (rules.put(path, group) != null) {
      throw new IllegalStateException("two rules for " + path);
    }
  }
}
