package dev.treaty.broker.internal.http;

import dev.treaty.broker.internal.api.Hal;
import dev.treaty.broker.internal.matrix.Matrix;
import dev.treaty.broker.internal.matrix.MatrixQuery;
import dev.treaty.broker.internal.matrix.MatrixQueryParser;
import dev.treaty.broker.internal.store.Stores;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * {@code GET /matrix} (Pact Broker API §3.11, the Pact CLIs' can-i-deploy) and {@code GET
 * /can-i-deploy} (§3.12): the query is read in order from the raw query string, answered on one
 * read-only connection.
 */
final class MatrixRoutes implements Routes {
  private final BrokerContext broker;

  MatrixRoutes(BrokerContext broker) {
    this.broker = broker;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/matrix", ctx -> answer(ctx, MatrixQueryParser.matrix(ctx.queryString())));
    routes.get("/can-i-deploy", ctx -> answer(ctx, MatrixQueryParser.canIDeploy(ctx.queryString())));
  }

  private void answer(Context ctx, MatrixQuery query) {
    Hal hal = broker.baseUrls().hal(ctx);
    String self = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
    Json.reply(ctx, 200, broker.database().read(handle -> {
      Stores stores = Stores.of(handle, broker.clock().instant());
      return MatrixJson.render(stores, hal, self, Matrix.answer(stores, query, hal.base()));
    }));
  }
}
