package dev.treaty.broker.internal.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.internal.api.Hal;
import dev.treaty.broker.internal.api.JsonTrees;
import dev.treaty.broker.internal.store.StoredPact;
import io.javalin.http.Context;
import java.util.List;

/**
 * {@code GET /pacts/provider/{p}/latest[/{tag}]} (§3.16): each consumer's latest pact with the
 * provider (among versions with the tag), listed under {@code pb:pacts} (pact-jvm) and
 * {@code pacts} (pact-rust).
 */
final class ProviderPactsRoutes {
  private ProviderPactsRoutes() {}

  /** With or without a {@code {tag}} segment. */
  static void latest(BrokerContext broker, Context ctx) {
    String name = PathParams.get(ctx, "provider");
    String tag = PathParams.optional(ctx, "tag");
    List<StoredPact> pacts = broker.read(stores ->
        stores.pacts().latestPerConsumer(Existing.pacticipant(stores, name).id(), tag));
    Hal hal = broker.hal(ctx);
    ObjectNode body = JsonTrees.MAPPER.createObjectNode();
    ObjectNode links = body.putObject("_links");
    String self = "/pacts/provider/" + Hal.segment(name) + "/latest" + (tag == null ? "" : "/" + Hal.segment(tag));
    hal.link(links, "self", self, tag == null ? "Latest pact versions for the provider " + name
        : "Latest pact versions for the provider " + name + " with tag '" + tag + "'");
    hal.link(links, "pb:provider", BrokerPaths.pacticipant(name), "Provider").put("name", name);
    ArrayNode pbPacts = links.putArray("pb:pacts");
    ArrayNode plainPacts = links.putArray("pacts");
    for (StoredPact pact : pacts) {
      pbPacts.add(PactResource.link(hal, pact, pact.consumer()));
      plainPacts.add(PactResource.link(hal, pact, pact.consumer()));
    }
    Json.reply(ctx, 200, body);
  }
}
