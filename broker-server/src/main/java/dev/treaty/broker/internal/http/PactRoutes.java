package dev.treaty.broker.internal.http;

import dev.treaty.broker.internal.api.ApiException;
import dev.treaty.broker.internal.store.Pacticipant;
import dev.treaty.broker.internal.store.StoredPact;
import dev.treaty.broker.internal.store.Stores;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * Reading one pact (§3.9, §3.3 GET): by consumer version, latest overall, latest for a tag or a
 * branch, and by content SHA (optionally with the {@code /metadata/{m}} segment that for-verification
 * adds). "Latest for a tag/branch" here is the newest such consumer version that has a pact with
 * the provider.
 */
final class PactRoutes {
  private PactRoutes() {}

  static void forVersion(BrokerContext broker, Context ctx) {
    String number = PathParams.get(ctx, "version");
    reply(broker, ctx, "for version " + number, null, (stores, pair) -> stores.versions().find(pair.consumer().id(), number)
        .flatMap(v -> stores.pacts().current(v.id(), pair.provider().id())));
  }

  static void latest(BrokerContext broker, Context ctx) {
    reply(broker, ctx, "at all", null, (stores, pair) -> stores.pacts().latest(pair.consumer().id(), pair.provider().id()));
  }

  static void latestWithTag(BrokerContext broker, Context ctx) {
    String tag = PathParams.get(ctx, "tag");
    reply(broker, ctx, "for a version tagged '" + tag + "'", null,
        (stores, pair) -> stores.pacts().latestWithTag(pair.consumer().id(), pair.provider().id(), tag));
  }

  static void latestOnBranch(BrokerContext broker, Context ctx) {
    String branch = PathParams.get(ctx, "branch");
    reply(broker, ctx, "for a version on branch '" + branch + "'", null,
        (stores, pair) -> stores.pacts().latestOnBranch(pair.consumer().id(), pair.provider().id(), branch));
  }

  /** With or without a {@code /metadata/{m}} segment, which goes raw into the verification-results link. */
  static void bySha(BrokerContext broker, Context ctx) {
    String sha = PathParams.get(ctx, "sha");
    String rawMetadata = PathParams.optional(ctx, "metadata") == null ? null : PathParams.rawLastSegment(ctx);
    reply(broker, ctx, "with content " + sha, rawMetadata,
        (stores, pair) -> stores.pacts().bySha(pair.consumer().id(), pair.provider().id(), sha));
  }

  /** The consumer and provider a pact URL names. */
  record Pair(Pacticipant consumer, Pacticipant provider) {}

  /** Finds a pact of the pair a URL names; {@code which} completes the 404's "No pact between A and B ...". */
  private interface Finder {
    Optional<StoredPact> find(Stores stores, Pair pair);
  }

  private static void reply(BrokerContext broker, Context ctx, String which, String rawMetadata, Finder finder) {
    PactPath path = PactPath.of(ctx);
    StoredPact pact = broker.read(stores -> {
      Pair pair = new Pair(Existing.pacticipant(stores, path.consumer()), Existing.pacticipant(stores, path.provider()));
      return finder.find(stores, pair).orElseThrow(() -> ApiException.notFound(
          "No pact between " + path.consumer() + " and " + path.provider() + " " + which));
    });
    RequestBody.allowance(ctx).reserveForReply(pact.content().length()); // rendering costs a multiple of the pact
    Json.reply(ctx, 200, PactResource.render(broker.hal(ctx), pact, rawMetadata));
  }
}
