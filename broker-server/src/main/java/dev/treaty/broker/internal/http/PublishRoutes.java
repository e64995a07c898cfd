package dev.treaty.broker.internal.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.internal.api.Hal;
import dev.treaty.broker.internal.api.JsonTrees;
import dev.treaty.broker.internal.store.PactPublisher;
import dev.treaty.broker.internal.store.Pacticipant;
import dev.treaty.broker.internal.store.Version;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /contracts/publish} (§3.2): the consumer version with its branch, tags and build URL
 * and every contract, in one transaction. Identical content is a no-op; different content for a
 * published consumer version is 409 unless merged or allowed by configuration.
 */
final class PublishRoutes {
  private PublishRoutes() {}

  static void publish(BrokerContext broker, Context ctx) {
    PublishRequest request = PublishRequest.parse(Json.objectBody(ctx));
    Hal hal = broker.hal(ctx);
    ObjectNode body = broker.write(stores -> {
      // Create every pacticipant first, in name order: concurrent publishes naming the same new
      // providers in different orders would otherwise deadlock on each other's inserts.
      java.util.SortedSet<String> names = new java.util.TreeSet<>();
      names.add(request.pacticipant());
      request.contracts().forEach(contract -> names.add(contract.provider()));
      names.forEach(name -> stores.pacticipants().findOrCreate(name));
      Pacticipant consumer = stores.pacticipants().findOrCreate(request.pacticipant()).value();
      Version version = stores.versions().findOrCreate(consumer.id(), request.version()).value();
      version = stores.versions().setBuildUrl(version, request.buildUrl());
      if (request.branch() != null) {
        stores.branches().addVersion(version, request.branch());
      }
      for (String tag : request.tags()) {
        stores.tags().add(version, tag);
      }
      List<Map<String, String>> notices = new ArrayList<>();
      ArrayNode contracts = JsonTrees.MAPPER.createArrayNode();
      PactPublisher publisher = new PactPublisher(stores);
      for (PublishRequest.Contract contract : request.contracts()) {
        Pacticipant provider = stores.pacticipants().findOrCreate(contract.provider()).value();
        PactPublisher.Result result = publisher.publish(version, provider, contract.pact(), contract.merge(),
            broker.config().allowContractModification());
        if (result.outcome() == PactPublisher.Outcome.CONFLICT) {
          throw PublishNotices.conflict(result, contract.pact(), consumer.name(), version.number(), provider.name());
        }
        notices.add(PublishNotices.of(result, consumer.name(), version.number(), provider.name()));
        contracts.add(PactResource.link(hal, result.pact(), result.pact().provider()).put("title", "Pact")
            .put("name", "Pact between " + consumer.name() + " (" + version.number() + ") and " + provider.name()));
      }
      return response(hal, request, notices, contracts);
    });
    Json.reply(ctx, 200, body);
  }

  private static ObjectNode response(Hal hal, PublishRequest request, List<Map<String, String>> notices, ArrayNode contracts) {
    ObjectNode body = JsonTrees.MAPPER.createObjectNode();
    ArrayNode noticeArray = body.putArray("notices");
    notices.forEach(n -> noticeArray.addObject().put("type", n.get("type")).put("text", n.get("text")));
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
    links.set("pb:contracts", contracts);
    return body;
  }
}
