package dev.treaty.broker.internal.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.internal.api.Hal;
import dev.treaty.broker.internal.api.JsonTrees;
import dev.treaty.broker.internal.store.Pacticipant;

/** Renders a pacticipant: its metadata and the templated links Pact clients follow (§3.7). */
final class PacticipantResource {
  private PacticipantResource() {}

  static ObjectNode render(Hal hal, Pacticipant pacticipant) {
    ObjectNode body = JsonTrees.MAPPER.createObjectNode();
    body.put("name", pacticipant.name());
    putIfSet(body, "displayName", pacticipant.displayName());
    putIfSet(body, "mainBranch", pacticipant.mainBranch());
    putIfSet(body, "repositoryUrl", pacticipant.repositoryUrl());
    putIfSet(body, "team", pacticipant.team());
    putIfSet(body, "runbookUrl", pacticipant.runbookUrl());
    putIfSet(body, "docsUrl", pacticipant.docsUrl());
    body.put("createdAt", IsoTime.format(pacticipant.createdAt()));
    body.put("updatedAt", IsoTime.format(pacticipant.updatedAt()));
    String self = BrokerPaths.pacticipant(pacticipant.name());
    ObjectNode links = body.putObject("_links");
    hal.link(links, "self", self).put("name", pacticipant.name());
    hal.link(links, "pb:versions", self + "/versions", "Versions");
    hal.link(links, "pb:version", self + "/versions/{version}", "Version");
    hal.link(links, "pb:version-tag", self + "/versions/{version}/tags/{tag}", "Version tag");
    hal.link(links, "pb:branch-version", self + "/branches/{branch}/versions/{version}", "Branch version");
    hal.link(links, "pb:branches", self + "/branches", "Branches");
    hal.link(links, "pb:latest-version", self + "/latest-version", "Latest version");
    return body;
  }

  /** A short form for lists and embedding: name and self link. */
  static ObjectNode summary(Hal hal, String name) {
    ObjectNode body = JsonTrees.MAPPER.createObjectNode();
    body.put("name", name);
    hal.link(body.putObject("_links"), "self", BrokerPaths.pacticipant(name)).put("name", name);
    return body;
  }

  private static void putIfSet(ObjectNode body, String field, String value) {
    if (value != null) {
      body.put(field, value);
    }
  }
}
