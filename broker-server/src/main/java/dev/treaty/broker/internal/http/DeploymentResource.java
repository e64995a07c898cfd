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

  /** The pacticipant, version and environment a record is about. */
  record Target(Pacticipant pacticipant, Version version, Environment environment) {
    static Target load(Stores stores, long pacticipantId, long versionId, long environmentId) {
      return new Target(stores.pacticipants().findById(pacticipantId).orElseThrow(),
          stores.versions().findById(versionId).orElseThrow(), stores.environments().findById(environmentId).orElseThrow());
    }
  }

  /** A deployed version as stored, loading what it embeds. */
  static ObjectNode deployed(Hal hal, Stores stores, DeployedVersion deployed) {
    return deployed(hal, deployed, Target.load(stores, deployed.pacticipantId(), deployed.versionId(), deployed.environmentId()));
  }

  static ObjectNode deployed(Hal hal, DeployedVersion deployed, Target target) {
    return deployed(hal, deployed, target.pacticipant().name(), target.version().number(), target.environment());
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

  /** A released version as stored, loading what it embeds. */
  static ObjectNode released(Hal hal, Stores stores, ReleasedVersion released) {
    return released(hal, released, Target.load(stores, released.pacticipantId(), released.versionId(), released.environmentId()));
  }

  static ObjectNode released(Hal hal, ReleasedVersion released, Target target) {
    return released(hal, released, target.pacticipant().name(), target.version().number(), target.environment());
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
