package dev.treaty.broker.internal.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.internal.api.ApiException;
import dev.treaty.broker.internal.api.Hal;
import dev.treaty.broker.internal.selection.PactUrlMetadata;
import dev.treaty.broker.internal.store.VerificationStore.NewVerification;
import dev.treaty.broker.internal.store.VerificationStore.PactVersionRef;
import dev.treaty.broker.internal.store.VerificationStore.Verification;
import dev.treaty.broker.internal.store.VerificationStore;
import io.javalin.http.Context;
import java.util.List;

/**
 * Verification results: {@code POST .../pact-version/{sha}[/metadata/{m}]/verification-results}
 * publishes one (WIP and pending come from the metadata the pact URL carried), and results are
 * read back by number, per pact version (newest first, or the latest) and per provider version.
 */
final class VerificationRoutes {
  private VerificationRoutes() {}

  static void publish(BrokerContext broker, Context ctx) {
    PactUrlMetadata metadata = metadata(ctx);
    ObjectNode body = Json.objectBody(ctx);
    Hal hal = broker.hal(ctx);
    Verification created = broker.write(stores -> {
      VerificationStore verifications = stores.verifications();
      PactVersionRef pact = pactVersion(verifications, ctx);
      VerificationBody result = VerificationBody.parse(body);
      long number = verifications.insert(new NewVerification(pact, result.providerVersion(), result.success(),
          metadata.wip(), metadata.pending().orElse(null), result.buildUrl(), result.verifiedBy(), result.testResults(),
          result.otherFields()));
      return verifications.byNumber(pact.id(), number).orElseThrow();
    });
    ctx.header("Location", hal.href(VerificationJson.path(created)));
    Json.reply(ctx, 201, VerificationJson.one(hal, created));
  }

  static void listForPact(BrokerContext broker, Context ctx) {
    Hal hal = broker.hal(ctx);
    List<Verification> results = broker.read(stores -> {
      VerificationStore verifications = stores.verifications();
      return verifications.forPactVersion(pactVersion(verifications, ctx).id());
    });
    Json.reply(ctx, 200, VerificationJson.list(hal, ctx.path(), results));
  }

  static void one(BrokerContext broker, Context ctx) {
    Hal hal = broker.hal(ctx);
    String number = PathParams.get(ctx, "number");
    Verification result = broker.read(stores -> {
      VerificationStore verifications = stores.verifications();
      PactVersionRef pact = pactVersion(verifications, ctx);
      if (number.equals("latest")) {
        return verifications.forPactVersion(pact.id()).stream().findFirst()
            .orElseThrow(() -> ApiException.notFound("No verification results have been published for " + describe(pact)));
      }
      return parseNumber(number).flatMap(n -> verifications.byNumber(pact.id(), n))
          .orElseThrow(() -> ApiException.notFound("No verification result " + number + " for " + describe(pact)));
    });
    Json.reply(ctx, 200, VerificationJson.one(hal, result));
  }

  static void listForProviderVersion(BrokerContext broker, Context ctx) {
    Hal hal = broker.hal(ctx);
    VersionPath path = VersionPath.of(ctx);
    List<Verification> results = broker.read(stores ->
        stores.verifications().forProviderVersion(Existing.version(stores, path).version().id()));
    Json.reply(ctx, 200, VerificationJson.list(hal, ctx.path(), results));
  }

  private static PactVersionRef pactVersion(VerificationStore verifications, Context ctx) {
    PactPath path = PactPath.of(ctx);
    String sha = PathParams.get(ctx, "sha");
    return verifications.pactVersion(path.provider(), path.consumer(), sha)
        .orElseThrow(() -> ApiException.notFound("No pact version " + sha + " between consumer '" + path.consumer()
            + "' and provider '" + path.provider() + "'; the pact URL must come from the broker (pb:publish-verification-results)"));
  }

  private static PactUrlMetadata metadata(Context ctx) {
    String token = PathParams.optional(ctx, "metadata");
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
