package dev.treaty.broker.internal.http;

import dev.treaty.broker.internal.api.Hal;
import dev.treaty.broker.internal.selection.PactsForVerification;
import io.javalin.http.Context;

/**
 * {@code POST} and {@code GET /pacts/provider/{provider}/for-verification}: the pacts a provider
 * version must verify, chosen by consumer version selectors, with pending status and WIP pacts.
 * The POST only reads, so it runs on a read-only connection.
 */
final class ForVerificationRoutes {
  static final String PATH = "/pacts/provider/{provider}/for-verification";

  private ForVerificationRoutes() {}

  static void post(BrokerContext broker, Context ctx) {
    String provider = PathParams.get(ctx, "provider");
    var body = Json.objectBody(ctx);
    Hal hal = broker.hal(ctx);
    Json.reply(ctx, 200, broker.read(stores -> PactsForVerification.answer(stores, provider, body, hal)));
  }

  static void get(BrokerContext broker, Context ctx) {
    String provider = PathParams.get(ctx, "provider");
    Hal hal = broker.hal(ctx);
    Json.reply(ctx, 200, broker.read(stores -> PactsForVerification.answerQuery(stores, provider, ctx.queryString(), hal)));
  }
}
