package dev.treaty.broker.internal.http;

import dev.treaty.broker.internal.api.Hal;
import dev.treaty.broker.internal.selection.PactsForVerification;
import dev.treaty.broker.internal.store.Stores;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * {@code POST} and {@code GET /pacts/provider/{provider}/for-verification}: the pacts a provider
 * version must verify, chosen by consumer version selectors, with pending status and WIP pacts.
 * The POST only reads, so it runs on a read-only connection.
 */
public final class ForVerificationRoutes implements Routes {
  static final String PATH = "/pacts/provider/{provider}/for-verification";

  private final BrokerContext broker;

  public ForVerificationRoutes(BrokerContext broker) {
    this.broker = broker;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.post(PATH, this::post);
    routes.get(PATH, this::get);
  }

  private void post(Context ctx) {
    String provider = PathParams.get(ctx, "provider");
    var body = Json.objectBody(ctx);
    Hal hal = broker.baseUrls().hal(ctx);
    Json.reply(ctx, 200, broker.database().read(handle -> PactsForVerification.answer(Stores.of(handle, broker.clock().instant()), provider, body, hal)));
  }

  private void get(Context ctx) {
    String provider = PathParams.get(ctx, "provider");
    Hal hal = broker.baseUrls().hal(ctx);
    Json.reply(ctx, 200, broker.database().read(handle -> PactsForVerification.answerQuery(Stores.of(handle, broker.clock().instant()), provider, ctx.queryString(), hal)));
  }
}
