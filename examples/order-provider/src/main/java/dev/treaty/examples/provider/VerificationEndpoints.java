package dev.treaty.examples.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
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

  private final ProviderStates states;

  private VerificationEndpoints(ProviderStates states) {
    this.states = states;
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
    Map<String, Object> values = switch (name) {
      case "order exists" -> states.orderExists(params.path("customerId").asText());
      case "order does not exist" -> {
        states.orderDoesNotExist(params.path("id").asLong());
        yield Map.of();
      }
      case "customer exists" -> {
        states.customerExists(params.path("customerId").asText());
        yield Map.of();
      }
      case "orders with status exist" -> {
        states.ordersWithStatusExist(OrderStatus.valueOf(params.path("status").asText()), params.path("count").asInt());
        yield Map.of();
      }
      case "order has shipped" -> {
        states.orderHasShipped(params.path("id").asLong());
        yield Map.of();
      }
      default -> null;
    };
    if (values == null) {
      ctx.status(400).result("unknown provider state \"" + name + "\"");
      return;
    }
    json(ctx, values);
  }

  private static void json(Context ctx, Map<String, Object> values) throws IOException {
    ctx.contentType("application/json").result(OrderJson.MAPPER.writeValueAsString(values));
  }

  private void message(Context ctx) throws IOException {
    String description = OrderJson.MAPPER.readTree(ctx.body()).path("description").asText();
    if (!description.equals("an OrderShipped event")) {
      ctx.status(404).result("no message \"" + description + "\"");
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
