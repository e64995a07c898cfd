package dev.treaty.broker.internal.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.internal.api.ApiException;
import dev.treaty.broker.internal.api.Hal;
import dev.treaty.broker.internal.api.JsonTrees;
import dev.treaty.broker.internal.store.Pacticipant;
import dev.treaty.broker.internal.store.Saved;
import dev.treaty.broker.internal.store.Stores;
import dev.treaty.broker.internal.store.Tag;
import dev.treaty.broker.internal.store.Version;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** Tags (§3.6): tag a version ({@code PUT}, creating pacticipant and version; 201 new, 200 existing) and read a tag. */
final class TagRoutes implements Routes {
  private static final String TAG = "/pacticipants/{pacticipant}/versions/{version}/tags/{tag}";

  private final BrokerContext broker;

  TagRoutes(BrokerContext broker) {
    this.broker = broker;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.put(TAG, this::put);
    routes.get(TAG, this::get);
  }

  private void put(Context ctx) {
    String name = PathParams.get(ctx, "pacticipant");
    String number = PathParams.get(ctx, "version");
    String tagName = PathParams.get(ctx, "tag");
    Json.objectBody(ctx); // {} or nothing
    Saved<Tag> saved = broker.database().write(handle -> {
      Stores stores = Stores.of(handle, broker.clock().instant());
      Pacticipant pacticipant = stores.pacticipants().findOrCreate(name).value();
      Version version = stores.versions().findOrCreate(pacticipant.id(), number).value();
      return stores.tags().add(version, tagName);
    });
    Hal hal = broker.baseUrls().hal(ctx);
    if (saved.created()) {
      ctx.header("Location", hal.href(BrokerPaths.tag(name, number, tagName)));
    }
    Json.reply(ctx, saved.created() ? 201 : 200, render(hal, name, number, saved.value()));
  }

  private void get(Context ctx) {
    String name = PathParams.get(ctx, "pacticipant");
    String number = PathParams.get(ctx, "version");
    String tagName = PathParams.get(ctx, "tag");
    Tag tag = broker.database().read(handle -> {
      Stores stores = Stores.of(handle, broker.clock().instant());
      Version version = Existing.version(stores, Existing.pacticipant(stores, name), number);
      return stores.tags().find(version.id(), tagName)
          .orElseThrow(() -> ApiException.notFound(name + " version " + number + " has no tag '" + tagName + "'"));
    });
    Json.reply(ctx, 200, render(broker.baseUrls().hal(ctx), name, number, tag));
  }

  private static ObjectNode render(Hal hal, String pacticipant, String number, Tag tag) {
    ObjectNode body = JsonTrees.MAPPER.createObjectNode();
    body.put("name", tag.name());
    body.put("createdAt", IsoTime.format(tag.createdAt()));
    ObjectNode links = body.putObject("_links");
    hal.link(links, "self", BrokerPaths.tag(pacticipant, number, tag.name()), "Tag").put("name", tag.name());
    hal.link(links, "pb:version", BrokerPaths.version(pacticipant, number), "Version").put("name", number);
    hal.link(links, "pb:pacticipant", BrokerPaths.pacticipant(pacticipant), "Pacticipant").put("name", pacticipant);
    return body;
  }
}
