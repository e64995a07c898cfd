package dev.treaty.broker.internal.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.internal.api.ApiException;
import dev.treaty.broker.internal.api.Hal;
import dev.treaty.broker.internal.selection.PactUrlMetadata;
import dev.treaty.broker.internal.store.Stores;
import dev.treaty.broker.internal.store.VerificationStore.NewVerification;
import dev.treaty.broker.internal.store.VerificationStore.PactVersionRef;
import dev.treaty.broker.internal.store.VerificationStore.Verification;
import dev.treaty.broker.internal.store.VerificationStore;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.OffsetDateTime;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Verification results: {@code POST .../pact-version/{sha}[/metadata/{m}]/verification-results}
 * publishes one (WIP and pending come from the metadata the pact URL carried), and results are
 * read back by number, per pact version (newest first, or the latest) and per provider version.
 */
public final class VerificationRoutes implements Routes {
  private static final String PACT_VERSION = "/pacts/provider/{provider}/consumer/{consumer}/pact-version/{sha}";

  private final BrokerContext broker;

  public VerificationRoutes(BrokerContext broker) {
    this.broker = broker;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.post(PACT_VERSION + "/verification-results", this::publish);
    routes.post(PACT_VERSION + "/metadata/{metadata}/verification-results", this::publish);
    routes.get(PACT_VERSION + "/verification-results", this::listForPact);
    routes.get(PACT_VERSION + "/verification-results/{number}", this::one);
    routes.get("/pacticipants/{pacticipant}/versions/{version}/verification-results", this::listForProviderVersion);
  }

  private void publish(Context ctx) {
    PactUrlMetadata metadata = metadata(ctx);
    ObjectNode body = Json.objectBody(ctx);
    Hal hal = broker.baseUrls().hal(ctx);
    OffsetDateTime now = OffsetDateTime.now(broker.clock());
    Verification created = broker.database().write(handle -> {
      PactVersionRef pact = pactVersion(handle, ctx);
      VerificationBody result = VerificationBody.parse(body);
      long number = VerificationStore.insert(handle, new NewVerification(pact, result.providerVersion(), result.success(),
          metadata.wip(), metadata.pending().orElse(null), result.buildUrl(), result.verifiedBy(), result.testResults(),
          result.otherFields(), now));
      return VerificationStore.byNumber(handle, pact.id(), number).orElseThrow();
    });
    ctx.header("Location", hal.href(VerificationJson.path(created)));
    Json.reply(ctx, 201, VerificationJson.one(hal, created));
  }

  private void listForPact(Context ctx) {
    Hal hal = broker.baseUrls().hal(ctx);
    List<Verification> results = broker.database().read(handle ->
        VerificationStore.forPactVersion(handle, pactVersion(handle, ctx).id()));
    Json.reply(ctx, 200, VerificationJson.list(hal, ctx.path(), results));
  }

  private void one(Context ctx) {
    Hal hal = broker.baseUrls().hal(ctx);
    String number = PathParams.get(ctx, "number");
    Verification result = broker.database().read(handle -> {
      PactVersionRef pact = pactVersion(handle, ctx);
      if (number.equals("latest")) {
        return VerificationStore.forPactVersion(handle, pact.id()).stream().findFirst()
            .orElseThrow(() -> ApiException.notFound("No verification results have been published for " + describe(pact)));
      }
      return parseNumber(number).flatMap(n -> VerificationStore.byNumber(handle, pact.id(), n))
          .orElseThrow(() -> ApiException.notFound("No verification result " + number + " for " + describe(pact)));
    });
    Json.reply(ctx, 200, VerificationJson.one(hal, result));
  }

  private void listForProviderVersion(Context ctx) {
    Hal hal = broker.baseUrls().hal(ctx);
    String name = PathParams.get(ctx, "pacticipant");
    String number = PathParams.get(ctx, "version");
    List<Verification> results = broker.database().read(handle -> {
      Stores stores = Stores.of(handle, broker.clock().instant());
      long versionId = Existing.version(stores, Existing.pacticipant(stores, name), number).id();
      return VerificationStore.forProviderVersion(handle, versionId);
    });
    Json.reply(ctx, 200, VerificationJson.list(hal, ctx.path(), results));
  }

  private static PactVersionRef pactVersion(Handle handle, Context ctx) {
    String provider = PathParams.get(ctx, "provider");
    String consumer = PathParams.get(ctx, "consumer");
    String sha = PathParams.get(ctx, "sha");
    return VerificationStore.pactVersion(handle, provider, consumer, sha)
        .orElseThrow(() -> ApiException.notFound("No pact version " + sha + " between consumer '" + consumer + "' and provider '"
            + provider + "'; the pact URL must come from the broker (pb:publish-verification-results)"));
  }

  private static PactUrlMetadata metadata(Context ctx) {
    String token = ctx.pathParamMap().get("metadata");
    if (token == null) {
      return PactUrlMetadata.none();
    }
    try {
      return PactUrlMetadata.decode(PathParams.decode(token));
    } catch (IllegalArgumentException e) {
      throw ApiException.invalidField("metadata", e.getMessage());
    }
  }

  private static java.util.Optional<Long> parseNumber(String text) {
    try {
      return java.util.Optional.of(Long.parseLong(text));
    } catch (NumberFormatException e) {
      return java.util.Optional.empty();
    }
  }

  private static String describe(PactVersionRef pact) {
    return "pact version " + pact.sha() + " between consumer '" + pact.consumer() + "' and provider '" + pact.provider() + "'";
  }
}
