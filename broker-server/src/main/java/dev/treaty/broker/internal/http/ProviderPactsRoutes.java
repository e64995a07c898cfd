package dev.treaty.broker.internal.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.internal.api.Hal;
import dev.treaty.broker.internal.api.JsonTrees;
import dev.treaty.broker.internal.store.Pacticipant;
import dev.treaty.broker.internal.store.StoredPact;
import dev.treaty.broker.internal.store.Stores;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/**
 * {@code GET /pacts/provider/{p}/latest[/{tag}]} (§3.16): each consumer's latest pact with the
 * provider (among versions with the tag), listed under {@code pb:pacts} (pact-jvm) and
 * {@code pacts} (pact-rust).
 */
final class ProviderPactsRoutes implements Routes {
  private final BrokerContext broker;

  ProviderPactsRoutes(BrokerContext broker) {
    this.broker = broker;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/pacts/provider/{provider}/latest", ctx -> latest(ctx, null));
    routes.get("/pacts/provider/{provider}/latest/{tag}", ctx -> latest(ctx, PathParams.get(ctx, "tag")));
  }

  private void latest(Context ctx, String tag) {
    String name = PathParams.get(ctx, "provider");
    List<StoredPact> pacts = broker.database().read(handle -> {
      Stores stores = Stores.of(handle, broker.clock().instant());
      Pacticipant provider = Existing.pacticipant(stores, name);
      return stores.pacts().latestPerConsumer(provider.id(), tag);
    });
    Hal hal = broker.baseUrls().hal(ctx);
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
