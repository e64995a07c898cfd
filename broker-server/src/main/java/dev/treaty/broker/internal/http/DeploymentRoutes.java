package dev.treaty.broker.internal.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.internal.api.ApiException;
import dev.treaty.broker.internal.api.Hal;
import dev.treaty.broker.internal.api.RequestFields;
import dev.treaty.broker.internal.http.DeploymentResource.Target;
import dev.treaty.broker.internal.store.DeployedVersion;
import dev.treaty.broker.internal.store.ReleasedVersion;
import dev.treaty.broker.internal.store.Saved;
import dev.treaty.broker.internal.store.Stores;
import io.javalin.http.Context;

/**
 * Recording deployments and releases (§3.14): {@code POST} to a version's
 * {@code deployed-versions/environment/{uuid}} or {@code released-versions/environment/{uuid}}
 * (the hrefs of the version's {@code pb:record-deployment}/{@code pb:record-release}), and reading
 * the records back.
 */
final class DeploymentRoutes {
  private DeploymentRoutes() {}

  /** The version and environment a record URL names. */
  private static Target target(Stores stores, Context ctx) {
    Existing.PacticipantVersion found = Existing.version(stores, VersionPath.of(ctx));
    return new Target(found.pacticipant(), found.version(), Existing.environment(stores, PathParams.get(ctx, "environment")));
  }

  static void deploy(BrokerContext broker, Context ctx) {
    ObjectNode request = Json.objectBody(ctx);
    RequestFields fields = new RequestFields();
    String instance = fields.optionalString(request, "applicationInstance", "applicationInstance");
    String target = fields.optionalString(request, "target", "target");
    fields.throwIfAny();
    String applicationInstance = instance != null ? instance : target;
    Hal hal = broker.hal(ctx);
    reply(ctx, broker.write(stores -> {
      Target t = target(stores, ctx);
      Saved<DeployedVersion> deployed = stores.deployments().recordDeployment(t.version(), t.environment(), applicationInstance);
      return new Saved<>(DeploymentResource.deployed(hal, deployed.value(), t), deployed.created());
    }));
  }

  static void release(BrokerContext broker, Context ctx) {
    Json.objectBody(ctx);
    Hal hal = broker.hal(ctx);
    reply(ctx, broker.write(stores -> {
      Target t = target(stores, ctx);
      Saved<ReleasedVersion> released = stores.deployments().recordRelease(t.version(), t.environment());
      return new Saved<>(DeploymentResource.released(hal, released.value(), t), released.created());
    }));
  }

  private static void reply(Context ctx, Saved<ObjectNode> saved) {
    if (saved.created()) {
      ctx.header("Location", saved.value().at("/_links/self/href").asText());
    }
    Json.reply(ctx, saved.created() ? 201 : 200, saved.value());
  }

  static void getDeployed(BrokerContext broker, Context ctx) {
    String uuid = PathParams.get(ctx, "uuid");
    Hal hal = broker.hal(ctx);
    Json.reply(ctx, 200, broker.read(stores -> DeploymentResource.deployed(hal, stores, stores.deployments().findDeployed(uuid)
        .orElseThrow(() -> ApiException.notFound("No deployed version with uuid '" + uuid + "'")))));
  }

  static void getReleased(BrokerContext broker, Context ctx) {
    String uuid = PathParams.get(ctx, "uuid");
    Hal hal = broker.hal(ctx);
    Json.reply(ctx, 200, broker.read(stores -> DeploymentResource.released(hal, stores, stores.deployments().findReleased(uuid)
        .orElseThrow(() -> ApiException.notFound("No released version with uuid '" + uuid + "'")))));
  }
}
