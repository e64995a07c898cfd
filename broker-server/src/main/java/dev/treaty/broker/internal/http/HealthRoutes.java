package dev.treaty.broker.internal.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.internal.api.ApiException;
import dev.treaty.broker.internal.api.JsonTrees;
import io.javalin.http.Context;

/**
 * {@code GET /health} (liveness): 200 {@code UP} while the process serves and is not stopping,
 * from state in memory, never the database. {@code GET /ready} (readiness): 200 when the database
 * answers within {@link ReadinessCheck#BOUND}, else 503 with {@code Retry-After} and the problem.
 */
final class HealthRoutes {

  private HealthRoutes() {}

  static void health(BrokerContext broker, Context ctx) {
    boolean up = !broker.stopping();
    ObjectNode body = JsonTrees.MAPPER.createObjectNode();
    body.put("status", up ? "UP" : "DOWN");
    if (!up) {
      ctx.header("Retry-After", ApiException.RETRY_AFTER_SECONDS);
    }
    ctx.status(up ? 200 : 503).contentType("application/json").result(JsonTrees.write(body));
  }

  static void ready(BrokerContext broker, Context ctx) {
    ReadinessCheck.Result result = broker.readiness().check();
    ObjectNode body = JsonTrees.MAPPER.createObjectNode();
    body.put("status", result.ready() ? "UP" : "DOWN");
    body.putObject("checks").put("database", result.ready() ? "UP" : "DOWN");
    if (!result.ready()) {
      body.put("problem", result.problem());
      ctx.header("Retry-After", ApiException.RETRY_AFTER_SECONDS);
    }
    ctx.status(result.ready() ? 200 : 503).contentType("application/json").result(JsonTrees.write(body));
  }
}
