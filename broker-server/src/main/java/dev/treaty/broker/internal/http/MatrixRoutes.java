package dev.treaty.broker.internal.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.internal.api.ApiException;
import dev.treaty.broker.internal.api.Hal;
import dev.treaty.broker.internal.api.JsonTrees;
import dev.treaty.broker.internal.matrix.Matrix;
import dev.treaty.broker.internal.matrix.MatrixAnswer;
import dev.treaty.broker.internal.matrix.MatrixQuery;
import dev.treaty.broker.internal.matrix.MatrixQueryParser;
import dev.treaty.broker.internal.store.DecisionStore;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.UUID;

/**
 * {@code GET /matrix} (Pact Broker API §3.11, the Pact CLIs' can-i-deploy) and {@code GET
 * /can-i-deploy} (§3.12): the query is read in order from the raw query string; every answer is
 * kept (stored before the reply) and read again at {@code GET /decisions/{uuid}}.
 */
final class MatrixRoutes {
  private MatrixRoutes() {}

  static void matrix(BrokerContext broker, Context ctx) {
    answer(broker, ctx, MatrixQueryParser.matrix(ctx.queryString()));
  }

  static void canIDeploy(BrokerContext broker, Context ctx) {
    answer(broker, ctx, MatrixQueryParser.canIDeploy(ctx.queryString()));
  }

  /**
   * Answers from one read-only transaction, then keeps the answer in a short write of its own
   * (a can-i-deploy storm must not queue behind publications for the writer), before replying:
   * {@code _links["pb:decision"]} is where it can be read again.
   */
  private static void answer(BrokerContext broker, Context ctx, MatrixQuery query) {
    Hal hal = broker.hal(ctx);
    String self = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
    String uuid = UUID.randomUUID().toString();
    Rendered rendered = broker.read(stores -> {
      MatrixAnswer answer = Matrix.answer(stores, query, hal.base());
      return new Rendered(answer, MatrixJson.render(stores, hal, self, answer));
    });
    ObjectNode body = rendered.body();
    hal.link((ObjectNode) body.get("_links"), "pb:decision", "/decisions/" + uuid, "This decision, as kept by the broker");
    String kept = JsonTrees.write(body);
    broker.write(stores -> {
      stores.decisions().keep(uuid, self, rendered.answer().decision().deployable(), kept);
      return null;
    });
    Json.replyWritten(ctx, 200, kept);
  }

  private record Rendered(MatrixAnswer answer, ObjectNode body) {}

  /** {@code GET /decisions/{uuid}}: a kept answer as it was given, with {@code decidedAt}. */
  static void decision(BrokerContext broker, Context ctx) {
    String uuid = PathParams.get(ctx, "uuid");
    DecisionStore.Decision kept = broker.read(stores -> stores.decisions().find(uuid))
        .orElseThrow(() -> ApiException.notFound("No decision with uuid '" + uuid + "'; every /matrix and /can-i-deploy answer links its own as pb:decision"));
    ObjectNode body;
    try {
      body = (ObjectNode) JsonTrees.MAPPER.readTree(kept.answerJson());
    } catch (IOException e) {
      throw new IllegalStateException("kept decision " + uuid + " is not JSON", e);
    }
    body.put("decidedAt", IsoTime.format(kept.decidedAt()));
    Json.reply(ctx, 200, body);
  }
}
