package dev.treaty.broker.internal.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.internal.store.BranchStore.BranchMembership;
import dev.treaty.broker.internal.store.Environment;
import dev.treaty.broker.internal.store.Pacticipant;
import dev.treaty.broker.internal.store.Stores;
import dev.treaty.broker.internal.store.Tag;
import dev.treaty.broker.internal.store.Version;

/**
 * Renders a version (§3.4): number, build URL, creation time, its branches and tags, and the
 * {@code pb:record-deployment}/{@code pb:record-release} link arrays (one entry per environment,
 * named after it) that the Pact CLI picks from.
 */
final class VersionResource {
  private VersionResource() {}

  /** Loads the version's branches, tags and the environments, then renders. */
  static ObjectNode render(Stores stores, Hal hal, Pacticipant pacticipant, Version version) {
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("number", version.number());
    if (version.buildUrl() != null) {
      body.put("buildUrl", version.buildUrl());
    }
    body.put("createdAt", IsoTime.format(version.createdAt()));
    String self = BrokerPaths.version(pacticipant.name(), version.number());
    ObjectNode embedded = body.putObject("_embedded");
    ArrayNode branches = embedded.putArray("branchVersions");
    for (BranchMembership membership : stores.branches().ofVersion(version.id())) {
      ObjectNode branch = branches.addObject();
      branch.put("name", membership.branch());
      branch.put("latest", membership.head());
      hal.link(branch.putObject("_links"), "self", BrokerPaths.branchVersion(pacticipant.name(), membership.branch(), version.number()));
    }
    ArrayNode tags = embedded.putArray("tags");
    for (Tag tag : stores.tags().ofVersion(version.id())) {
      ObjectNode tagNode = tags.addObject();
      tagNode.put("name", tag.name());
      hal.link(tagNode.putObject("_links"), "self", BrokerPaths.tag(pacticipant.name(), version.number(), tag.name()));
    }
    ObjectNode links = body.putObject("_links");
    hal.link(links, "self", self, "Version").put("name", version.number());
    hal.link(links, "pb:pacticipant", BrokerPaths.pacticipant(pacticipant.name()), "Pacticipant").put("name", pacticipant.name());
    hal.link(links, "pb:tag", self + "/tags/{tag}", "Get, create or delete a tag for this pacticipant version");
    ArrayNode deploy = links.putArray("pb:record-deployment");
    ArrayNode release = links.putArray("pb:record-release");
    for (Environment environment : stores.environments().list()) {
      String label = environment.displayName() == null ? environment.name() : environment.displayName();
      deploy.addObject()
          .put("name", environment.name())
          .put("title", "Record deployment to " + label)
          .put("href", hal.href(self + "/deployed-versions/environment/" + Hal.segment(environment.uuid())));
      release.addObject()
          .put("name", environment.name())
          .put("title", "Record release to " + label)
          .put("href", hal.href(self + "/released-versions/environment/" + Hal.segment(environment.uuid())));
    }
    return body;
  }

  /** A short form for embedding: number and self link. */
  static ObjectNode summary(Hal hal, String pacticipant, String number) {
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("number", number);
    hal.link(body.putObject("_links"), "self", BrokerPaths.version(pacticipant, number)).put("name", number);
    return body;
  }
}
