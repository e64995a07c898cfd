package dev.treaty.broker.internal.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.internal.api.Hal;
import dev.treaty.broker.internal.api.JsonTrees;
import dev.treaty.broker.internal.store.DeployedVersion;
import dev.treaty.broker.internal.store.Environment;
import dev.treaty.broker.internal.store.Pacticipant;
import dev.treaty.broker.internal.store.ReleasedVersion;
import dev.treaty.broker.internal.store.Stores;
import dev.treaty.broker.internal.store.Version;

/** Renders deployed and released version records with their pacticipant, version and environment embedded. */
final class DeploymentResource {
  private DeploymentResource() {}

  static ObjectNode deployed(Hal hal, DeployedVersion deployed, Stores stores) {
    Version version = stores.versions().findById(deployed.versionId()).orElseThrow();
    return deployed(hal, deployed, stores.pacticipants().findById(deployed.pacticipantId()).orElseThrow(), version,
        stores.environments().findById(deployed.environmentId()).orElseThrow());
  }

  static ObjectNode deployed(Hal hal, DeployedVersion deployed, Pacticipant pacticipant, Version version, Environment environment) {
    return deployed(hal, deployed, pacticipant.name(), version.number(), environment);
  }

  static ObjectNode deployed(Hal hal, DeployedVersion deployed, String pacticipant, String version, Environment environment) {
    ObjectNode body = JsonTrees.MAPPER.createObjectNode();
    body.put("uuid", deployed.uuid());
    body.put("currentlyDeployed", deployed.currentlyDeployed());
    body.put("applicationInstance", deployed.applicationInstance());
    body.put("target", deployed.applicationInstance());
    body.put("createdAt", IsoTime.format(deployed.createdAt()));
    body.put("undeployedAt", IsoTime.format(deployed.undeployedAt()));
    embed(hal, body, pacticipant, version, environment);
    hal.link(body.putObject("_links"), "self", BrokerPaths.deployedVersion(deployed.uuid()), "Deployed version");
    return body;
  }

  static ObjectNode released(Hal hal, ReleasedVersion released, Stores stores) {
    Version version = stores.versions().findById(released.versionId()).orElseThrow();
    return released(hal, released, stores.pacticipants().findById(released.pacticipantId()).orElseThrow(), version,
        stores.environments().findById(released.environmentId()).orElseThrow());
  }

  static ObjectNode released(Hal hal, ReleasedVersion released, Pacticipant pacticipant, Version version, Environment environment) {
    return released(hal, released, pacticipant.name(), version.number(), environment);
  }

  static ObjectNode released(Hal hal, ReleasedVersion released, String pacticipant, String version, Environment environment) {
    ObjectNode body = JsonTrees.MAPPER.createObjectNode();
    body.put("uuid", released.uuid());
    body.put("currentlySupported", released.currentlySupported());
    body.put("createdAt", IsoTime.format(released.createdAt()));
    body.put("supportEndedAt", IsoTime.format(released.supportEndedAt()));
    embed(hal, body, pacticipant, version, environment);
    hal.link(body.putObject("_links"), "self", BrokerPaths.releasedVersion(released.uuid()), "Released version");
    return body;
  }

  private static void embed(Hal hal, ObjectNode body, String pacticipant, String version, Environment environment) {
    ObjectNode embedded = body.putObject("_embedded");
    embedded.set("pacticipant", PacticipantResource.summary(hal, pacticipant));
    embedded.set("version", VersionResource.summary(hal, pacticipant, version));
    embedded.set("environment", EnvironmentRoutes.render(hal, environment));
  }
}
