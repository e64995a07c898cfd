package dev.treaty.broker.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.internal.api.ApiException;
import dev.treaty.broker.internal.api.Hal;
import dev.treaty.broker.internal.api.JsonTrees;
import dev.treaty.broker.internal.api.RequestFields;
import dev.treaty.broker.internal.store.DeployedVersion;
import dev.treaty.broker.internal.store.Environment;
import dev.treaty.broker.internal.store.ReleasedVersion;
import dev.treaty.broker.internal.store.Saved;
import dev.treaty.broker.internal.store.Stores;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Deployments and releases (§3.14): recording them ({@code POST} to a version's
 * {@code deployed-versions/environment/{uuid}} or {@code released-versions/environment/{uuid}}),
 * reading them, ending them ({@code PATCH} {@code {"currentlyDeployed":false}} /
 * {@code {"currentlySupported":false}}, the Pact CLIs' record-undeployment and
 * record-support-ended), listing what is current in an environment and where a version is.
 */
final class DeploymentRoutes {
  private DeploymentRoutes() {}

  static void deploy(BrokerContext broker, Context ctx) {
    ObjectNode request = Json.objectBody(ctx);
    RequestFields fields = new RequestFields();
    String instance = fields.optionalString(request, "applicationInstance", "applicationInstance");
    String target = fields.optionalString(request, "target", "target");
    fields.throwIfAny();
    String applicationInstance = instance != null ? instance : target;
    Hal hal = broker.hal(ctx);
    reply(ctx, broker.write(stores -> {
      DeploymentTarget t = DeploymentTarget.of(stores, ctx);
      Saved<DeployedVersion> deployed = stores.deployments().recordDeployment(t.version(), t.environment(), applicationInstance);
      ObjectNode body = DeploymentResource.deployed(hal, deployed.value(), t.pacticipant().name(), t.version().number(), t.environment());
      return new Saved<>(t.withNotices(stores, body, "deployment"), deployed.created());
    }));
  }

  static void release(BrokerContext broker, Context ctx) {
    Json.objectBody(ctx);
    Hal hal = broker.hal(ctx);
    reply(ctx, broker.write(stores -> {
      DeploymentTarget t = DeploymentTarget.of(stores, ctx);
      Saved<ReleasedVersion> released = stores.deployments().recordRelease(t.version(), t.environment());
      ObjectNode body = DeploymentResource.released(hal, released.value(), t.pacticipant().name(), t.version().number(), t.environment());
      return new Saved<>(t.withNotices(stores, body, "release"), released.created());
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
    Json.reply(ctx, 200, broker.read(stores -> DeploymentResource.deployed(hal, stores, deployedOr404(stores, uuid))));
  }

  static void getReleased(BrokerContext broker, Context ctx) {
    String uuid = PathParams.get(ctx, "uuid");
    Hal hal = broker.hal(ctx);
    Json.reply(ctx, 200, broker.read(stores -> DeploymentResource.released(hal, stores, releasedOr404(stores, uuid))));
  }

  /** {@code PATCH /deployed-versions/{uuid}} with {@code {"currentlyDeployed": false}}: record-undeployment. */
  static void undeploy(BrokerContext broker, Context ctx) {
    String uuid = PathParams.get(ctx, "uuid");
    requireFalse(Json.objectBody(ctx), "currentlyDeployed", "record a new deployment to deploy it again");
    Hal hal = broker.hal(ctx);
    Json.reply(ctx, 200, broker.write(stores ->
        DeploymentResource.deployed(hal, stores, stores.deployments().undeploy(deployedOr404(stores, uuid)))));
  }

  /** {@code PATCH /released-versions/{uuid}} with {@code {"currentlySupported": false}}: record-support-ended. */
  static void endSupport(BrokerContext broker, Context ctx) {
    String uuid = PathParams.get(ctx, "uuid");
    requireFalse(Json.objectBody(ctx), "currentlySupported", "record a new release to support it again");
    Hal hal = broker.hal(ctx);
    Json.reply(ctx, 200, broker.write(stores ->
        DeploymentResource.released(hal, stores, stores.deployments().endSupport(releasedOr404(stores, uuid)))));
  }

  private static void requireFalse(ObjectNode body, String field, String instead) {
    JsonNode value = body.get(field);
    if (value == null || !value.isBoolean()) {
      throw ApiException.invalidField(field, "is required and must be false, got " + (value == null ? "nothing" : JsonTrees.kind(value)));
    }
    if (value.asBoolean()) {
      throw ApiException.invalidField(field, "can only be set to false; " + instead);
    }
  }

  /** {@code ?pacticipant=&version=&applicationInstance=}, all optional: the Pact CLIs' record-undeployment reads this. */
  static void currentlyDeployed(BrokerContext broker, Context ctx) {
    String uuid = PathParams.get(ctx, "uuid");
    Hal hal = broker.hal(ctx);
    Json.reply(ctx, 200, broker.read(stores -> {
      Environment environment = Existing.environment(stores, uuid);
      List<ObjectNode> items = stores.deployments()
          .currentlyDeployed(environment.id(), ctx.queryParam("pacticipant"), ctx.queryParam("version"), ctx.queryParam("applicationInstance"))
          .stream().map(d -> DeploymentResource.deployed(hal, d.record(), d.pacticipant(), d.version(), environment)).toList();
      return list(hal, ctx, "deployedVersions", items, "Currently deployed versions in " + environment.name());
    }));
  }

  /** {@code ?pacticipant=&version=}, both optional: the Pact CLIs' record-support-ended reads this. */
  static void currentlySupported(BrokerContext broker, Context ctx) {
    String uuid = PathParams.get(ctx, "uuid");
    Hal hal = broker.hal(ctx);
    Json.reply(ctx, 200, broker.read(stores -> {
      Environment environment = Existing.environment(stores, uuid);
      List<ObjectNode> items = stores.deployments().currentlySupported(environment.id(), ctx.queryParam("pacticipant"), ctx.queryParam("version"))
          .stream().map(r -> DeploymentResource.released(hal, r.record(), r.pacticipant(), r.version(), environment)).toList();
      return list(hal, ctx, "releasedVersions", items, "Currently supported released versions in " + environment.name());
    }));
  }

  /** {@code GET .../versions/{v}/deployments}: where one version is or was deployed and released, newest first. */
  static void ofVersion(BrokerContext broker, Context ctx) {
    Hal hal = broker.hal(ctx);
    Json.reply(ctx, 200, broker.read(stores -> {
      Existing.PacticipantVersion found = Existing.version(stores, VersionPath.of(ctx));
      String pacticipant = found.pacticipant().name();
      String number = found.version().number();
      Map<Long, Environment> environments = stores.environments().list().stream().collect(Collectors.toMap(Environment::id, Function.identity()));
      ObjectNode body = list(hal, ctx, "deployedVersions", stores.deployments().deploymentsOf(found.version().id()).stream()
          .map(d -> DeploymentResource.deployed(hal, d, pacticipant, number, environments.get(d.environmentId()))).toList(),
          "Deployments and releases of " + pacticipant + " " + number);
      ArrayNode released = ((ObjectNode) body.get("_embedded")).putArray("releasedVersions");
      stores.deployments().releasesOf(found.version().id()).forEach(r ->
          released.add(DeploymentResource.released(hal, r, pacticipant, number, environments.get(r.environmentId()))));
      return body;
    }));
  }

  private static ObjectNode list(Hal hal, Context ctx, String key, List<ObjectNode> items, String title) {
    ObjectNode body = JsonTrees.MAPPER.createObjectNode();
    ArrayNode array = body.putObject("_embedded").putArray(key);
    items.forEach(array::add);
    String query = ctx.queryString();
    body.putObject("_links").putObject("self").put("title", title).put("href", hal.href(ctx.path() + (query == null ? "" : "?" + query)));
    return body;
  }

  private static DeployedVersion deployedOr404(Stores stores, String uuid) {
    return stores.deployments().findDeployed(uuid)
        .orElseThrow(() -> ApiException.notFound("No deployed version with uuid '" + uuid + "'"));
  }

  private static ReleasedVersion releasedOr404(Stores stores, String uuid) {
    return stores.deployments().findReleased(uuid)
        .orElseThrow(() -> ApiException.notFound("No released version with uuid '" + uuid + "'"));
  }
}
