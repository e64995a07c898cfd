package dev.treaty.broker.internal.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.internal.api.ApiException;
import dev.treaty.broker.internal.api.Hal;
import dev.treaty.broker.internal.store.DeployedVersion;
import dev.treaty.broker.internal.store.Environment;
import dev.treaty.broker.internal.store.Pacticipant;
import dev.treaty.broker.internal.store.ReleasedVersion;
import dev.treaty.broker.internal.store.Saved;
import dev.treaty.broker.internal.store.Stores;
import dev.treaty.broker.internal.store.Version;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Recording deployments and releases (§3.14): {@code POST} to a version's
 * {@code deployed-versions/environment/{uuid}} or {@code released-versions/environment/{uuid}}
 * (the hrefs of the version's {@code pb:record-deployment}/{@code pb:record-release}), and reading
 * the records back.
 */
final class DeploymentRoutes implements Routes {
  private static final String VERSION = "/pacticipants/{pacticipant}/versions/{version}";

  private final BrokerContext broker;

  DeploymentRoutes(BrokerContext broker) {
    this.broker = broker;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.post(VERSION + "/deployed-versions/environment/{environment}", this::deploy);
    routes.post(VERSION + "/released-versions/environment/{environment}", this::release);
    routes.get("/deployed-versions/{uuid}", this::getDeployed);
    routes.get("/released-versions/{uuid}", this::getReleased);
  }

  /** The version and environment a record URL names. */
  private record Target(Pacticipant pacticipant, Version version, Environment environment) {}

  private Target target(Stores stores, Context ctx) {
    Pacticipant pacticipant = Existing.pacticipant(stores, PathParams.get(ctx, "pacticipant"));
    Version version = Existing.version(stores, pacticipant, PathParams.get(ctx, "version"));
    return new Target(pacticipant, version, Existing.environment(stores, PathParams.get(ctx, "environment")));
  }

  private void deploy(Context ctx) {
    ObjectNode request = Json.objectBody(ctx);
    RequestFields fields = new RequestFields();
    String instance = fields.optionalString(request, "applicationInstance", "applicationInstance");
    String target = fields.optionalString(request, "target", "target");
    fields.throwIfAny();
    String applicationInstance = instance != null ? instance : target;
    Hal hal = broker.baseUrls().hal(ctx);
    Saved<ObjectNode> saved = broker.database().write(handle -> {
      Stores stores = Stores.of(handle, broker.clock().instant());
      Target t = target(stores, ctx);
      Saved<DeployedVersion> deployed = stores.deployments().recordDeployment(t.version(), t.environment(), applicationInstance);
      return new Saved<>(DeploymentResource.deployed(hal, deployed.value(), t.pacticipant(), t.version(), t.environment()), deployed.created());
    });
    reply(ctx, saved);
  }

  private void release(Context ctx) {
    Json.objectBody(ctx);
    Hal hal = broker.baseUrls().hal(ctx);
    Saved<ObjectNode> saved = broker.database().write(handle -> {
      Stores stores = Stores.of(handle, broker.clock().instant());
      Target t = target(stores, ctx);
      Saved<ReleasedVersion> released = stores.deployments().recordRelease(t.version(), t.environment());
      return new Saved<>(DeploymentResource.released(hal, released.value(), t.pacticipant(), t.version(), t.environment()), released.created());
    });
    reply(ctx, saved);
  }

  private static void reply(Context ctx, Saved<ObjectNode> saved) {
    if (saved.created()) {
      ctx.header("Location", saved.value().at("/_links/self/href").asText());
    }
    Json.reply(ctx, saved.created() ? 201 : 200, saved.value());
  }

  private void getDeployed(Context ctx) {
    String uuid = PathParams.get(ctx, "uuid");
    Hal hal = broker.baseUrls().hal(ctx);
    ObjectNode body = broker.database().read(handle -> {
      Stores stores = Stores.of(handle, broker.clock().instant());
      DeployedVersion deployed = stores.deployments().findDeployed(uuid)
          .orElseThrow(() -> ApiException.notFound("No deployed version with uuid '" + uuid + "'"));
      return DeploymentResource.deployed(hal, deployed, stores);
    });
    Json.reply(ctx, 200, body);
  }

  private void getReleased(Context ctx) {
    String uuid = PathParams.get(ctx, "uuid");
    Hal hal = broker.baseUrls().hal(ctx);
    ObjectNode body = broker.database().read(handle -> {
      Stores stores = Stores.of(handle, broker.clock().instant());
      ReleasedVersion released = stores.deployments().findReleased(uuid)
          .orElseThrow(() -> ApiException.notFound("No released version with uuid '" + uuid + "'"));
      return DeploymentResource.released(hal, released, stores);
    });
    Json.reply(ctx, 200, body);
  }
}
