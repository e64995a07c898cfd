package dev.treaty.broker.internal.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.internal.api.ApiException;
import dev.treaty.broker.internal.api.Hal;
import dev.treaty.broker.internal.api.JsonTrees;
import dev.treaty.broker.internal.store.Saved;
import dev.treaty.broker.internal.store.Tag;
import io.javalin.http.Context;

/** Tags (§3.6): tag a version ({@code PUT}, creating pacticipant and version; 201 new, 200 existing) and read a tag. */
final class TagRoutes {
  private TagRoutes() {}

  static void put(BrokerContext broker, Context ctx) {
    VersionPath path = VersionPath.of(ctx);
    String tagName = PathParams.get(ctx, "tag");
    Json.objectBody(ctx); // {} or nothing
    Saved<Tag> saved = broker.write(stores -> stores.tags().add(path.findOrCreate(stores).value(), tagName));
    Hal hal = broker.hal(ctx);
    if (saved.created()) {
      ctx.header("Location", hal.href(BrokerPaths.tag(path.pacticipant(), path.version(), tagName)));
    }
    Json.reply(ctx, saved.created() ? 201 : 200, render(hal, path, saved.value()));
  }

  static void get(BrokerContext broker, Context ctx) {
    VersionPath path = VersionPath.of(ctx);
    String tagName = PathParams.get(ctx, "tag");
    Tag tag = broker.read(stores -> stores.tags().find(Existing.version(stores, path).version().id(), tagName)
        .orElseThrow(() -> ApiException.notFound(path.pacticipant() + " version " + path.version() + " has no tag '" + tagName + "'")));
    Json.reply(ctx, 200, render(broker.hal(ctx), path, tag));
  }

  private static ObjectNode render(Hal hal, VersionPath path, Tag tag) {
    String pacticipant = path.pacticipant();
    String number = path.version();
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
