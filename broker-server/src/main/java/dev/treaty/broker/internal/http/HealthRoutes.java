package dev.treaty.broker.internal.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code GET /health}: 200 when the database answers, 503 when it does not. */
public final class HealthRoutes implements Routes {
  private final BrokerContext broker;

  public HealthRoutes(BrokerContext broker) {
    this.broker = broker;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/health", this::health);
  }

  private void health(Context ctx) {
    boolean up = broker.database().isReachable();
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("status", up ? "UP" : "DOWN");
    body.putObject("checks").put("database", up ? "UP" : "DOWN");
    ctx.status(up ? 200 : 503).contentType("application/json").result(Json.write(body));
  }
}
