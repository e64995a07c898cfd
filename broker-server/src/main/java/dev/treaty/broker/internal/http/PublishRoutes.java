package dev.treaty.broker.internal.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.internal.api.Hal;
import dev.treaty.broker.internal.api.JsonTrees;
import dev.treaty.broker.internal.publishing.ContractsPublication.Published;
import dev.treaty.broker.internal.publishing.ContractsPublication;
import dev.treaty.broker.internal.publishing.PublishRequest;
import io.javalin.http.Context;
import java.util.List;

/**
 * {@code POST /contracts/publish} (§3.2): the consumer version with its branch, tags and build URL
 * and every contract, in one transaction. Identical content is a no-op; different content for a
 * published consumer version is 409 unless merged or allowed by configuration.
 */
final class PublishRoutes {
  private PublishRoutes() {}

  static void publish(BrokerContext broker, Context ctx) {
    PublishRequest request = PublishRequest.parse(Json.objectBody(ctx));
    List<Published> published = broker.write(stores ->
        ContractsPublication.publish(stores, request, broker.config().allowContractModification()));
    Json.reply(ctx, 200, response(broker.hal(ctx), request, published));
  }

  private static ObjectNode response(Hal hal, PublishRequest request, List<Published> published) {
    ObjectNode body = JsonTrees.MAPPER.createObjectNode();
    ArrayNode noticeArray = body.putArray("notices");
    published.forEach(p -> noticeArray.addObject().put("type", p.notice().get("type")).put("text", p.notice().get("text")));
    ObjectNode embedded = body.putObject("_embedded");
    embedded.set("pacticipant", PacticipantResource.summary(hal, request.pacticipant()));
    embedded.set("version", VersionResource.summary(hal, request.pacticipant(), request.version()));
    ObjectNode links = body.putObject("_links");
    hal.link(links, "pb:pacticipant", BrokerPaths.pacticipant(request.pacticipant()), "Pacticipant").put("name", request.pacticipant());
    hal.link(links, "pb:pacticipant-version", BrokerPaths.version(request.pacticipant(), request.version()), "Pacticipant version")
        .put("name", request.version());
    ArrayNode tags = links.putArray("pb:pacticipant-version-tags");
    for (String tag : request.tags()) {
      tags.addObject().put("href", hal.href(BrokerPaths.tag(request.pacticipant(), request.version(), tag))).put("name", tag);
    }
    if (request.branch() != null) {
      links.putArray("pb:pacticipant-branches").addObject()
          .put("href", hal.href(BrokerPaths.branch(request.pacticipant(), request.branch())))
          .put("name", request.branch());
    }
    ArrayNode contracts = links.putArray("pb:contracts");
    for (Published p : published) {
      contracts.add(PactResource.link(hal, p.pact(), p.pact().provider()).put("title", "Pact")
          .put("name", "Pact between " + request.pacticipant() + " (" + request.version() + ") and " + p.pact().provider()));
    }
    return body;
  }
}
