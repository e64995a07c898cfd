package dev.treaty.broker.internal.http;

import dev.treaty.broker.internal.api.ApiException;
import dev.treaty.broker.internal.store.Pacticipant;
import dev.treaty.broker.internal.store.StoredPact;
import dev.treaty.broker.internal.store.Stores;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Reading one pact (§3.9, §3.3 GET): by consumer version, latest overall, latest for a tag or a
 * branch, and by content SHA (optionally with the {@code /metadata/{m}} segment that for-verification
 * adds). "Latest for a tag/branch" here is the newest such consumer version that has a pact with
 * the provider.
 */
final class PactRoutes implements Routes {
  private static final String PACTS = "/pacts/provider/{provider}/consumer/{consumer}";

  private final BrokerContext broker;

  PactRoutes(BrokerContext broker) {
    this.broker = broker;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get(PACTS + "/version/{version}", ctx -> reply(ctx, "for version " + PathParams.get(ctx, "version"),
        (stores, ids) -> stores.versions().find(ids.consumer().id(), PathParams.get(ctx, "version"))
            .flatMap(v -> stores.pacts().current(v.id(), ids.provider().id())), null));
    routes.get(PACTS + "/latest", ctx -> reply(ctx, "at all",
        (stores, ids) -> stores.pacts().latest(ids.consumer().id(), ids.provider().id()), null));
    routes.get(PACTS + "/latest/{tag}", ctx -> reply(ctx, "for a version tagged '" + PathParams.get(ctx, "tag") + "'",
        (stores, ids) -> stores.pacts().latestWithTag(ids.consumer().id(), ids.provider().id(), PathParams.get(ctx, "tag")), null));
    routes.get(PACTS + "/branch/{branch}/latest", ctx -> reply(ctx, "for a version on branch '" + PathParams.get(ctx, "branch") + "'",
        (stores, ids) -> stores.pacts().latestOnBranch(ids.consumer().id(), ids.provider().id(), PathParams.get(ctx, "branch")), null));
    routes.get(PACTS + "/pact-version/{sha}", ctx -> reply(ctx, "with content " + PathParams.get(ctx, "sha"),
        (stores, ids) -> stores.pacts().bySha(ids.consumer().id(), ids.provider().id(), PathParams.get(ctx, "sha")), null));
    routes.get(PACTS + "/pact-version/{sha}/metadata/{metadata}", ctx -> reply(ctx, "with content " + PathParams.get(ctx, "sha"),
        (stores, ids) -> stores.pacts().bySha(ids.consumer().id(), ids.provider().id(), PathParams.get(ctx, "sha")),
        PathParams.rawLastSegment(ctx)));
  }

  /** The consumer and provider a pact URL names. */
  record Pair(Pacticipant consumer, Pacticipant provider) {}

  private void reply(Context ctx, String which, BiFunction<Stores, Pair, Optional<StoredPact>> find, String rawMetadata) {
    String providerName = PathParams.get(ctx, "provider");
    String consumerName = PathParams.get(ctx, "consumer");
    StoredPact pact = broker.database().read(handle -> {
      Stores stores = Stores.of(handle, broker.clock().instant());
      Pair pair = new Pair(Existing.pacticipant(stores, consumerName), Existing.pacticipant(stores, providerName));
      return find.apply(stores, pair).orElseThrow(() -> ApiException.notFound(
          "No pact between " + consumerName + " and " + providerName + " " + which));
    });
    Json.reply(ctx, 200, PactResource.render(broker.baseUrls().hal(ctx), pact, rawMetadata));
  }
}
