package dev.treaty.broker.internal.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.internal.api.JsonTrees;
import dev.treaty.broker.internal.store.Stores;
import io.javalin.http.Context;
import java.sql.SQLTransientConnectionException;

/**
 * {@code GET /health}: 200 when the database answers, 503 when it does not. When every pooled
 * connection is busy the database is not down, so the answer is the 503 + {@code Retry-After} every
 * other route gives then (from {@link ExceptionMapping}).
 */
final class HealthRoutes {
  private HealthRoutes() {}

  static void health(BrokerContext broker, Context ctx) {
    boolean up = databaseAnswers(broker);
    ObjectNode body = JsonTrees.MAPPER.createObjectNode();
    body.put("status", up ? "UP" : "DOWN");
    body.putObject("checks").put("database", up ? "UP" : "DOWN");
    ctx.status(up ? 200 : 503).contentType("application/json").result(JsonTrees.write(body));
  }

  private static boolean databaseAnswers(BrokerContext broker) {
    try {
      return broker.read(Stores::answers);
    } catch (RuntimeException e) {
      if (poolBusy(e)) {
        throw e;
      }
      return false;
    }
  }

  /** HikariCP timed out with no failed connection attempt behind it: all connections are in use. */
  private static boolean poolBusy(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLTransientConnectionException) {
        return t.getCause() == null;
      }
    }
    return false;
  }
}
