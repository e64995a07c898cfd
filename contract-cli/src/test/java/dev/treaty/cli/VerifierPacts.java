package dev.treaty.cli;

import au.com.dius.pact.consumer.ConsumerPactBuilder;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.core.model.BasePact;
import au.com.dius.pact.core.model.DefaultPactWriter;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.V4Pact;
import java.io.File;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes the order API pact that the verification tests replay, with pact-jvm's consumer DSL: type,
 * regex, integer, decimal, timestamp and eachLike (min 1) body rules, header regexes, and a path
 * built from a provider state param ({@code /orders/${id}}).
 */
final class VerifierPacts {
  static final String PROVIDER = "order-api";
  /** The order id the provider state asks for; the path example (42) differs on purpose. */
  static final int STATE_ORDER_ID = 1001;

  private VerifierPacts() {}

  /** Writes the pact in {@code version} (V3 or V4) as {@code directory/order-api-<version>.json}. */
  static Path write(Path directory, PactSpecVersion version) {
    PactDslResponse pact = orderPact(version);
    BasePact built = version == PactSpecVersion.V4 ? pact.toPact(V4Pact.class) : pact.toPact(RequestResponsePact.class);
    File file = directory.resolve("order-api-" + version.name().toLowerCase() + ".json").toFile();
    DefaultPactWriter.INSTANCE.writePact(file, built, version).unwrap();
    return file.toPath();
  }

  private static PactDslResponse orderPact(PactSpecVersion version) {
    return ConsumerPactBuilder.consumer("order-web")
        .pactSpecVersion(version)
        .hasPactWith(PROVIDER)
        .given("order exists", Map.of("id", STATE_ORDER_ID))
        .uponReceiving("get an order")
        .pathFromProviderState("/orders/${id}", "/orders/42")
        .method("GET")
        .willRespondWith()
        .status(200)
        .matchHeader("Content-Type", "application/json(;.*)?", "application/json")
        .body(orderBody())
        .uponReceiving("create an order")
        .path("/orders")
        .method("POST")
        .headers("Content-Type", "application/json")
        .body(new PactDslJsonBody().stringType("sku", "A-1").integerType("quantity", 2))
        .willRespondWith()
        .status(201)
        .matchHeader("Location", "/orders/\\d+", "/orders/43");
  }

  private static PactDslJsonBody orderBody() {
    PactDslJsonBody body = new PactDslJsonBody()
        .integerType("id", 42)
        .stringType("status", "SHIPPED")
        .stringMatcher("reference", "ORD-\\d+", "ORD-42")
        .decimalType("total", 12.5)
        .datetime("createdAt", "yyyy-MM-dd'T'HH:mm:ss", java.time.Instant.parse("2024-05-01T10:00:00Z"), java.util.TimeZone.getTimeZone("UTC"));
    body.minArrayLike("items", 1)
        .stringType("sku", "A-1")
        .integerType("quantity", 2)
        .closeObject()
        .closeArray();
    return body;
  }
}
