package dev.treaty.benchmarks;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

// Builds the order-service response body, either as the contract's example (every value canonical,
// every array with one element) or as a provider's actual answer (values under a rule vary, seeded).
final class OrderDocument {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final String[] STATUSES = {"PLACED", "PAID", "SHIPPED", "DELIVERED", "CANCELLED"};
  private static final String[] TIERS = {"NONE", "SILVER", "GOLD", "PLATINUM"};
  private static final String[] EVENTS = {"LABEL_CREATED", "PICKED_UP", "IN_TRANSIT", "DELIVERED"};
  private static final String[] COUNTRIES = {"DE", "FR", "NL"};
  private static final String[] PAYMENT_METHODS = {"PAYPAL", "INVOICE"};
  private static final String[] WORDS = {
    "oak", "linen", "walnut", "steel", "wool", "amber", "cedar", "slate", "cotton", "brass", "clay"
  };

  private final Set<String> ruledPaths;
  private final Random random;
  private final int itemCount;

  private OrderDocument(Set<String> ruledPaths, Random random, int itemCount) {
    this.ruledPaths = ruledPaths;
    this.random = random;
    this.itemCount = itemCount;
  }

  /** The example body written in the contract: canonical values, one element per array. */
  static OrderDocument example(Set<String> ruledPaths) {
    return new OrderDocument(ruledPaths, null, 1);
  }

  /** A provider's answer: {@code itemCount} items, values under a rule drawn from {@code seed}. */
  static OrderDocument actual(Set<String> ruledPaths, long seed, int itemCount) {
    return new OrderDocument(ruledPaths, new Random(seed), itemCount);
  }

  /** A compact order (~1 KB): customer, a few items, total. */
  ObjectNode compact() {
    ObjectNode order = header();
    ObjectNode customer = order.putObject("customer");
    customer.put("id", integer("$.customer.id", 4711, 1_000_000));
    customer.put("name", "Ada Lovelace");
    customer.put("email", "ada@example.com");
    ArrayNode items = order.putArray("items");
    for (int i = 0; i < count("$.items", itemCount); i++) {
      ObjectNode item = items.addObject();
      item.put("sku", "SKU-000042");
      item.put("name", "Walnut desk organiser");
      item.put("quantity", integer("$.items[*].quantity", 2, 9));
      item.put("unitPrice", money("$.items[*].unitPrice", 1999));
      item.put("currency", "EUR");
    }
    order.putObject("totals").put("grandTotal", new BigDecimal("39.98"));
    order.putObject("_links").putObject("self").put("href", "https://api.example.com/orders/42");
    return order;
  }

  /** A full order: customer with address, items with nested arrays, payment, shipping, links. */
  ObjectNode full() {
    ObjectNode order = header();
    order.put("updatedAt", timestamp("$.updatedAt", "2026-03-14T10:02:11Z"));
    order.set("customer", customer());
    ArrayNode items = order.putArray("items");
    for (int i = 0; i < count("$.items", itemCount); i++) {
      items.add(new ItemBuilder(this, i + 1).build());
    }
    order.set("payment", payment());
    order.set("shipping", shipping());
    order.set("totals", totals());
    ObjectNode links = order.putObject("_links");
    links.putObject("self").put("href", string("$._links.self.href",
        "https://api.example.com/orders/ORD-2026-000042",
        () -> "https://api.example.com/orders/" + orderId()));
    links.putObject("customer").put("href", "https://api.example.com/customers/4711");
    return order;
  }

  private ObjectNode header() {
    ObjectNode order = JSON.objectNode();
    order.put("id", string("$.id", "ORD-2026-000042", this::orderId));
    order.put("status", string("$.status", "SHIPPED", () -> pick(STATUSES)));
    order.put("createdAt", timestamp("$.createdAt", "2026-03-14T09:26:53Z"));
    return order;
  }

  private ObjectNode customer() {
    ObjectNode customer = JSON.objectNode();
    customer.put("id", integer("$.customer.id", 4711, 1_000_000));
    customer.put("name", string("$.customer.name", "Ada Lovelace", () -> words(2)));
    customer.put("email", string("$.customer.email", "ada@example.com",
        () -> pick(WORDS) + random.nextInt(1000) + "@example.org"));
    customer.put("phone", string("$.customer.phone", "+44 20 7946 0958",
        () -> "+49 30 " + (1_000_000 + random.nextInt(8_000_000))));
    customer.put("loyaltyTier", string("$.customer.loyaltyTier", "GOLD", () -> pick(TIERS)));
    ObjectNode address = customer.putObject("address");
    address.put("street",
        string("$.customer.address.street", "12 Ada Road", () -> words(2) + " Street"));
    address.put("city", string("$.customer.address.city", "London", () -> words(1)));
    address.put("postcode", string("$.customer.address.postcode", "NW1 6XE",
        () -> String.valueOf(10_000 + random.nextInt(89_999))));
    address.put("country", string("$.customer.address.country", "GB", () -> pick(COUNTRIES)));
    return customer;
  }

  private ObjectNode payment() {
    ObjectNode payment = JSON.objectNode();
    payment.put("method", string("$.payment.method", "CARD", () -> pick(PAYMENT_METHODS)));
    payment.put("amount", money("$.payment.amount", 12_345));
    payment.put("currency", string("$.payment.currency", "EUR", () -> "GBP"));
    payment.put("paidAt", timestamp("$.payment.paidAt", "2026-03-14T09:27:40Z"));
    payment.put("transactionId", string("$.payment.transactionId",
        "3f2b8c1e-9a4d-4e7b-8f21-6c5d0a9b7e13",
        () -> new UUID(random.nextLong(), random.nextLong()).toString()));
    payment.put("provider", "acme-payments");
    return payment;
  }

  private ObjectNode shipping() {
    ObjectNode shipping = JSON.objectNode();
    shipping.put("carrier", string("$.shipping.carrier", "Royal Mail", () -> words(1) + " Express"));
    shipping.put("trackingNumber", string("$.shipping.trackingNumber", "RM123456789GB",
        () -> "DE" + (100_000_000 + random.nextInt(899_999_999)) + "DE"));
    ArrayNode events = shipping.putArray("events");
    for (int i = 0; i < count("$.shipping.events", 3 + nextInt(4)); i++) {
      ObjectNode event = events.addObject();
      event.put("at", timestamp("$.shipping.events[*].at", "2026-03-15T07:00:00Z"));
      event.put("status", string("$.shipping.events[*].status", "IN_TRANSIT", () -> pick(EVENTS)));
      event.put("location",
          string("$.shipping.events[*].location", "Swindon hub", () -> words(1) + " hub"));
    }
    return shipping;
  }

  private ObjectNode totals() {
    ObjectNode totals = JSON.objectNode();
    totals.put("subtotal", money("$.totals.subtotal", 10_287));
    totals.put("tax", money("$.totals.tax", 2_058));
    totals.put("grandTotal", money("$.totals.grandTotal", 12_345));
    totals.put("itemCount", integer("$.totals.itemCount", 1, 10_000));
    totals.put("currency", "EUR");
    return totals;
  }

  // ---- value sources shared with ItemBuilder: canonical unless a rule covers the path ----

  boolean varies(String path) {
    return random != null && ruledPaths.contains(path);
  }

  String string(String path, String canonical, Supplier<String> varied) {
    return varies(path) ? varied.get() : canonical;
  }

  int integer(String path, int canonical, int bound) {
    return varies(path) ? 1 + random.nextInt(bound) : canonical;
  }

  /** Money as a decimal with two places that never ends in .00, so it is a decimal to every engine. */
  BigDecimal money(String path, long canonicalCents) {
    long cents = varies(path) ? 101 + random.nextInt(99_000) : canonicalCents;
    if (cents % 100 == 0) {
      cents++;
    }
    return BigDecimal.valueOf(cents, 2);
  }

  String timestamp(String path, String canonical) {
    if (!varies(path)) {
      return canonical;
    }
    return String.format("2026-%02d-%02dT%02d:%02d:%02dZ", 1 + random.nextInt(12),
        1 + random.nextInt(28), random.nextInt(24), random.nextInt(60), random.nextInt(60));
  }

  /** The number of elements of the array at {@code path}: one in the example. */
  int count(String path, int actual) {
    return varies(path) ? actual : 1;
  }

  int nextInt(int bound) {
    return random == null ? 0 : random.nextInt(bound);
  }

  String pick(String[] choices) {
    return choices[random.nextInt(choices.length)];
  }

  /** {@code n} capitalised words separated by spaces: {@code Walnut Amber}. */
  String words(int n) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      String word = word();
      text.append(i == 0 ? "" : " ")
          .append(Character.toUpperCase(word.charAt(0)))
          .append(word, 1, word.length());
    }
    return text.toString();
  }

  /** One lower-case word. */
  String word() {
    return pick(WORDS);
  }

  String orderId() {
    return "ORD-2026-" + String.format("%06d", random.nextInt(1_000_000));
  }
}
