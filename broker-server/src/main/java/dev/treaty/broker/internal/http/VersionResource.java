package dev.treaty.broker.internal.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.internal.api.Hal;
import dev.treaty.broker.internal.api.JsonTrees;
import dev.treaty.broker.internal.store.BranchStore.BranchMembership;
import dev.treaty.broker.internal.store.Environment;
import dev.treaty.broker.internal.store.Pacticipant;
import dev.treaty.broker.internal.store.Stores;
import dev.treaty.broker.internal.store.Tag;
import dev.treaty.broker.internal.store.Version;
import java.util.List;
import java.util.Map;

/**
 * Renders a version (§3.4): number, build URL, creation time, its branches and tags, and the
 * {@code pb:record-deployment}/{@code pb:record-release} link arrays (one entry per environment,
 * named after it) that the Pact CLI picks from. A page of versions costs three queries, not three
 * per version.
 */
final class VersionResource {
  private VersionResource() {}

  /** Loads the version's branches, tags and the environments, then renders. */
  static ObjectNode render(Stores stores, Hal hal, Pacticipant pacticipant, Version version) {
    return renderAll(stores, hal, pacticipant, List.of(version)).get(0);
  }

  /** Renders {@code versions} in order, with one query each for branches, tags and environments. */
  static List<ObjectNode> renderAll(Stores stores, Hal hal, Pacticipant pacticipant, List<Version> versions) {
    List<Long> ids = versions.stream().map(Version::id).toList();
    Map<Long, List<BranchMembership>> branches = stores.branches().ofVersions(ids);
    Map<Long, List<Tag>> tags = stores.tags().ofVersions(ids);
    List<Environment> environments = stores.environments().list();
    return versions.stream()
        .map(v -> render(hal, pacticipant, v, branches.getOrDefault(v.id(), List.of()),
            tags.getOrDefault(v.id(), List.of()), environments))
        .toList();
  }

  private static ObjectNode render(Hal hal, Pacticipant pacticipant, Version version,
      List<BranchMembership> memberships, List<Tag> versionTags, List<Environment> environments) {
    ObjectNode body = JsonTrees.MAPPER.createObjectNode();
    body.put("number", version.number());
    if (version.buildUrl() != null) {
      body.put("buildUrl", version.buildUrl());
    }
    body.put("createdAt", IsoTime.format(version.createdAt()));
    String self = BrokerPaths.version(pacticipant.name(), version.number());
    ObjectNode embedded = body.putObject("_embedded");
    ArrayNode branches = embedded.putArray("branchVersions");
    for (BranchMembership membership : memberships) {
      ObjectNode branch = branches.addObject();
      branch.put("name", membership.branch());
      branch.put("latest", membership.head());
      hal.link(branch.putObject("_links"), "self", BrokerPaths.branchVersion(pacticipant.name(), membership.branch(), version.number()));
    }
    ArrayNode tags = embedded.putArray("tags");
    for (Tag tag : versionTags) {
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
    for (Environment environment : environments) {
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
    ObjectNode body = JsonTrees.MAPPER.createObjectNode();
    body.put("number", number);
    hal.link(body.putObject("_links"), "self", BrokerPaths.version(pacticipant, number)).put("name", number);
    return body;
  }
}
