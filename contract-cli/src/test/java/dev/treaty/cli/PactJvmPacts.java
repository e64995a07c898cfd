package dev.treaty.cli;

import au.com.dius.pact.consumer.ConsumerPactBuilder;
import au.com.dius.pact.consumer.MessagePactBuilder;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.core.model.BasePact;
import au.com.dius.pact.core.model.DefaultPactWriter;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.messaging.MessagePact;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes pact files with pact-jvm's own consumer DSL and pact writer, so that the compatibility
 * tests check files a real Pact tool produced rather than hand-written JSON.
 */
final class PactJvmPacts {
  static final String HTTP_V3 = "http-v3.json";
  static final String HTTP_V4 = "http-v4.json";
  static final String MESSAGE_V3 = "message-v3.json";
  static final String MESSAGE_V4 = "message-v4.json";
  static final List<String> ALL = List.of(HTTP_V3, HTTP_V4, MESSAGE_V3, MESSAGE_V4);

  private PactJvmPacts() {}

  /** Writes all four pacts into {@code directory} (which must not hold them yet: pact-jvm merges). */
  static void writeAll(Path directory) {
    write(httpPact(PactSpecVersion.V3).toPact(RequestResponsePact.class), directory, HTTP_V3, PactSpecVersion.V3);
    write(httpPact(PactSpecVersion.V4).toPact(V4Pact.class), directory, HTTP_V4, PactSpecVersion.V4);
    write(messagePact(PactSpecVersion.V3).toPact(MessagePact.class), directory, MESSAGE_V3, PactSpecVersion.V3);
    write(messagePact(PactSpecVersion.V4).toPact(V4Pact.class), directory, MESSAGE_V4, PactSpecVersion.V4);
  }

  private static void write(BasePact pact, Path directory, String name, PactSpecVersion version) {
    File file = directory.resolve(name).toFile();
    DefaultPactWriter.INSTANCE.writePact(file, pact, version).unwrap();
    if (!file.isFile()) {
      throw new IllegalStateException("pact-jvm did not write " + file);
    }
  }

  private static PactDslResponse httpPact(PactSpecVersion version) {
    return ConsumerPactBuilder.consumer("order-web")
        .pactSpecVersion(version)
        .hasPactWith("order-service")
        .given("order exists", Map.of("id", 42))
        .uponReceiving("a request for order 42")
        .path("/orders/42")
        .method("GET")
        .matchQuery("expand", "items|customer", "items")
        .matchHeader("Accept", "application/json.*", "application/json")
        .willRespondWith()
        .status(200)
        .matchHeader("Content-Type", "application/json(;.*)?", "application/json")
        .body(orderBody())
        .given("no orders")
        .uponReceiving("a request for a missing order")
        .path("/orders/7")
        .method("GET")
        .willRespondWith()
        .status(404);
  }

  private static MessagePactBuilder messagePact(PactSpecVersion version) {
    return new MessagePactBuilder(version)
        .consumer("order-events")
        .hasPactWith("order-service")
        .given("order shipped", Map.of("id", 42, "carrier", "DHL"))
        .expectsToReceive("an order shipped event")
        .withMetadata(Map.of("topic", "orders", "contentType", "application/json"))
        .withContent(orderBody());
  }

  /** An order using type, regex, integer, decimal, datetime and eachLike (min 1) matchers. */
  static PactDslJsonBody orderBody() {
    PactDslJsonBody body = new PactDslJsonBody()
        .integerType("id", 42)
        .stringType("status", "SHIPPED")
        .stringMatcher("reference", "ORD-\\d+", "ORD-42")
        .decimalType("total", 12.5)
        .datetime("createdAt", "yyyy-MM-dd'T'HH:mm:ss");
    body.minArrayLike("items", 1)
        .stringType("sku", "A-1")
        .integerType("quantity", 2)
        .closeObject()
        .closeArray();
    return body;
  }
}
