package dev.treaty.examples.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Lets a verifier outside the JVM ({@code treaty verify}, the Pact CLIs) verify the service, by the
 * Pact conventions: {@code POST /_pact/provider-states} sets states up and down ({@code {"state",
 * "params", "action"}}), {@code POST /_pact/messages} answers the message of a message interaction
 * ({@code {"description", "providerStates"}}; metadata in the {@code Pact-Message-Metadata}
 * header, base64 JSON; also at {@code POST /}, where the Rust Pact verifier sends them). Test
 * support: only started with {@code --verification-endpoints}, never in production.
 */
final class VerificationEndpoints {
  static final String STATES_PATH = "/_pact/provider-states";
  static final String MESSAGES_PATH = "/_pact/messages";
  static final String SHIPPED_EVENT = "an OrderShipped event";

  /** A state's setup from its params; its answer feeds the contract's provider-state values. */
  private interface Setup {
    Map<String, Object> apply(JsonNode params);
  }

  private final ProviderStates states;
  private final Map<String, Setup> setups = new LinkedHashMap<>();

  private VerificationEndpoints(ProviderStates states) {
    this.states = states;
    setups.put("order exists", p -> states.orderExists(p.path("customerId").asText()));
    setups.put("order does not exist", p -> none(() -> states.orderDoesNotExist(p.path("id").asLong())));
    setups.put("customer exists", p -> none(() -> states.customerExists(p.path("customerId").asText())));
    setups.put("orders with status exist", p -> none(() -> states.ordersWithStatusExist(
        OrderStatus.valueOf(p.path("status").asText()), p.path("count").asInt())));
    setups.put("order has shipped", p -> none(() -> states.orderHasShipped(p.path("id").asLong())));
  }

  private static Map<String, Object> none(Runnable setup) {
    setup.run();
    return Map.of();
  }

  static void register(JavalinConfig config, ProviderStates states) {
    VerificationEndpoints endpoints = new VerificationEndpoints(states);
    config.routes.post(STATES_PATH, endpoints::state);
    config.routes.post(MESSAGES_PATH, endpoints::message);
    // The Rust Pact verifier (pact CLI) posts message requests to the provider's base path.
    config.routes.post("/", endpoints::message);
  }

  private void state(Context ctx) throws IOException {
    JsonNode body = OrderJson.MAPPER.readTree(ctx.body());
    String name = body.path("state").asText();
    JsonNode params = body.path("params");
    if ("teardown".equals(body.path("action").asText())) {
      states.reset();
      json(ctx, Map.of());
      return;
    }
    Setup setup = setups.get(name);
    if (setup == null) {
      ctx.status(400).result("unknown provider state \"" + name + "\"; this service sets up: "
          + String.join(", ", setups.keySet()));
      return;
    }
    json(ctx, setup.apply(params));
  }

  private static void json(Context ctx, Map<String, Object> values) throws IOException {
    ctx.contentType("application/json").result(OrderJson.MAPPER.writeValueAsString(values));
  }

  private void message(Context ctx) throws IOException {
    String description = OrderJson.MAPPER.readTree(ctx.body()).path("description").asText();
    if (!description.equals(SHIPPED_EVENT)) {
      ctx.status(404).result("no message \"" + description + "\"; this service produces: " + SHIPPED_EVENT);
      return;
    }
    OrderEvents.Event event = states.shippedEvent();
    ObjectNode metadata = OrderJson.MAPPER.createObjectNode()
        .put("contentType", event.contentType())
        .put("topic", event.topic());
    ctx.header("Pact-Message-Metadata",
        Base64.getEncoder().encodeToString(metadata.toString().getBytes(StandardCharsets.UTF_8)));
    ctx.contentType(event.contentType()).result(event.payload());
  }
}
