package dev.treaty.broker.internal.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.internal.api.ApiException;
import dev.treaty.broker.internal.api.JsonTrees;
import dev.treaty.broker.internal.store.DeployedVersion;
import dev.treaty.broker.internal.store.HousekeepingStore.Removed;
import dev.treaty.broker.internal.store.Pacticipant;
import dev.treaty.broker.internal.store.ReleasedVersion;
import dev.treaty.broker.internal.store.Stores;
import dev.treaty.broker.internal.store.Tag;
import dev.treaty.broker.internal.store.Version;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/**
 * Admin deletions with the Pact Broker's routes (issue 14, housekeeping): a pacticipant, a
 * version, a branch, a tag, or a consumer version's pact. Each is one transaction (and audited
 * with it); the reply names what went ({@code removed}: rows per kind). A version that is
 * currently deployed or released, or a pacticipant with one, is refused (409) naming where: its
 * deletion would change what can-i-deploy answers for that environment without anyone deploying.
 */
final class HousekeepingRoutes {
  private HousekeepingRoutes() {}

  static void deletePacticipant(BrokerContext broker, Context ctx) {
    String name = PathParams.get(ctx, "pacticipant");
    Removed removed = broker.write(stores -> {
      Pacticipant pacticipant = Existing.pacticipant(stores, name);
      List<String> live = new ArrayList<>();
      for (Version version : stores.versions().newestFirst(pacticipant.id(), 0, Integer.MAX_VALUE)) {
        live.addAll(liveRecords(stores, version));
      }
      refuseIfLive(live, "pacticipant " + name);
      return stores.housekeeping().deletePacticipant(pacticipant.id());
    });
    reply(ctx, "pacticipant " + name, removed);
  }

  static void deleteVersion(BrokerContext broker, Context ctx) {
    VersionPath path = VersionPath.of(ctx);
    Removed removed = broker.write(stores -> {
      Existing.PacticipantVersion found = Existing.version(stores, path);
      refuseIfLive(liveRecords(stores, found.version()), path.pacticipant() + " version " + path.version());
      return stores.housekeeping().deleteVersion(found.version().id());
    });
    reply(ctx, path.pacticipant() + " version " + path.version(), removed);
  }

  static void deleteBranch(BrokerContext broker, Context ctx) {
    String name = PathParams.get(ctx, "pacticipant");
    String branch = PathParams.get(ctx, "branch");
    Removed removed = broker.write(stores -> {
      Pacticipant pacticipant = Existing.pacticipant(stores, name);
      return stores.housekeeping().deleteBranch(Existing.branch(stores, pacticipant, branch).id());
    });
    reply(ctx, "branch " + branch + " of " + name + " (its versions stay)", removed);
  }

  static void deleteTag(BrokerContext broker, Context ctx) {
    VersionPath path = VersionPath.of(ctx);
    String tagName = PathParams.get(ctx, "tag");
    Removed removed = broker.write(stores -> {
      Version version = Existing.version(stores, path).version();
      Tag tag = stores.tags().find(version.id(), tagName).orElseThrow(() -> ApiException.notFound(
          path.pacticipant() + " version " + path.version() + " has no tag '" + tagName + "'"));
      return stores.housekeeping().deleteTag(tag.id());
    });
    reply(ctx, "tag " + tagName + " of " + path.pacticipant() + " version " + path.version(), removed);
  }

  /** {@code DELETE /pacts/provider/{p}/consumer/{c}/version/{v}}: that version's pact with the provider, every revision. */
  static void deletePact(BrokerContext broker, Context ctx) {
    PactPath pact = PactPath.of(ctx);
    String number = PathParams.get(ctx, "version");
    Removed removed = broker.write(stores -> {
      Pacticipant consumer = Existing.pacticipant(stores, pact.consumer());
      Pacticipant provider = Existing.pacticipant(stores, pact.provider());
      Version version = Existing.version(stores, consumer, number);
      Removed done = stores.housekeeping().deletePublication(version.id(), provider.id());
      if (done.counts().isEmpty()) {
        throw ApiException.notFound(pact.consumer() + " version " + number + " has no pact with " + pact.provider());
      }
      return done;
    });
    reply(ctx, "the pact between " + pact.consumer() + " version " + number + " and " + pact.provider(), removed);
  }

  private static List<String> liveRecords(Stores stores, Version version) {
    List<String> live = new ArrayList<>();
    for (DeployedVersion deployed : stores.deployments().deploymentsOf(version.id())) {
      if (deployed.currentlyDeployed()) {
        live.add("version " + version.number() + " is deployed in " + environmentName(stores, deployed.environmentId())
            + (deployed.applicationInstance() == null ? "" : " (instance " + deployed.applicationInstance() + ")"));
      }
    }
    for (ReleasedVersion released : stores.deployments().releasesOf(version.id())) {
      if (released.currentlySupported()) {
        live.add("version " + version.number() + " is released in " + environmentName(stores, released.environmentId()));
      }
    }
    return live;
  }

  private static String environmentName(Stores stores, long id) {
    return stores.environments().findById(id).map(e -> e.name()).orElse("environment " + id);
  }

  private static void refuseIfLive(List<String> live, String what) {
    if (!live.isEmpty()) {
      throw ApiException.conflict("live", "Cannot delete " + what + ": " + String.join(", ", live)
          + "; record the undeployment (treaty record-undeployment) or the end of support (treaty record-support-ended) first",
          List.of());
    }
  }

  private static void reply(Context ctx, String what, Removed removed) {
    ObjectNode body = JsonTrees.MAPPER.createObjectNode();
    body.put("deleted", what);
    ObjectNode counts = body.putObject("removed");
    removed.counts().forEach(counts::put);
    Json.reply(ctx, 200, body);
  }
}
