package dev.treaty.broker.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.internal.api.ApiException;
import dev.treaty.broker.internal.api.Hal;
import dev.treaty.broker.internal.api.JsonTrees;
import dev.treaty.broker.internal.store.Pacticipant;
import dev.treaty.broker.internal.store.Saved;
import dev.treaty.broker.internal.store.Stores;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Pacticipants (§3.7): list, create ({@code POST /pacticipants}), read, replace ({@code PUT}) and
 * merge-patch ({@code PATCH}) the editable metadata: displayName, mainBranch, repositoryUrl, team,
 * runbookUrl, docsUrl.
 */
final class PacticipantRoutes implements Routes {
  private final BrokerContext broker;

  PacticipantRoutes(BrokerContext broker) {
    this.broker = broker;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/pacticipants", this::list);
    routes.post("/pacticipants", this::create);
    routes.get("/pacticipants/{pacticipant}", this::get);
    routes.put("/pacticipants/{pacticipant}", this::replace);
    routes.patch("/pacticipants/{pacticipant}", this::patch);
  }

  private void list(Context ctx) {
    Hal hal = broker.baseUrls().hal(ctx);
    ObjectNode body = JsonTrees.MAPPER.createObjectNode();
    ArrayNode pacticipants = body.putObject("_embedded").putArray("pacticipants");
    broker.database().read(handle -> Stores.of(handle, broker.clock().instant()).pacticipants().list())
        .forEach(p -> pacticipants.add(PacticipantResource.render(hal, p)));
    ObjectNode links = body.putObject("_links");
    hal.link(links, "self", "/pacticipants", "Pacticipants");
    Json.reply(ctx, 200, body);
  }

  private void create(Context ctx) {
    ObjectNode body = Json.objectBody(ctx);
    RequestFields fields = new RequestFields();
    String name = fields.requiredString(body, "name", "name");
    Pacticipant.Metadata metadata = PacticipantMetadata.read(body, Pacticipant.Metadata.EMPTY, false, fields);
    fields.throwIfAny();
    Saved<Pacticipant> saved = broker.database().write(handle ->
        Stores.of(handle, broker.clock().instant()).pacticipants().findOrCreate(name, metadata));
    if (!saved.created()) {
      throw ApiException.conflict("name", "A pacticipant named '" + name + "' already exists; use PUT or PATCH "
          + BrokerPaths.pacticipant(name) + " to change it", java.util.List.of());
    }
    ctx.header("Location", broker.baseUrls().hal(ctx).href(BrokerPaths.pacticipant(name)));
    Json.reply(ctx, 201, PacticipantResource.render(broker.baseUrls().hal(ctx), saved.value()));
  }

  private void get(Context ctx) {
    String name = PathParams.get(ctx, "pacticipant");
    Pacticipant pacticipant = broker.database().read(handle -> Existing.pacticipant(Stores.of(handle, broker.clock().instant()), name));
    Json.reply(ctx, 200, PacticipantResource.render(broker.baseUrls().hal(ctx), pacticipant));
  }

  /** PUT: creates the pacticipant or replaces all its metadata (fields left out become unset). */
  private void replace(Context ctx) {
    String name = PathParams.get(ctx, "pacticipant");
    Pacticipant.Metadata metadata = readMetadata(ctx, name, Pacticipant.Metadata.EMPTY, false);
    Saved<Pacticipant> saved = broker.database().write(handle -> {
      Stores stores = Stores.of(handle, broker.clock().instant());
      Saved<Pacticipant> found = stores.pacticipants().findOrCreate(name, metadata);
      return found.created() ? found : new Saved<>(stores.pacticipants().update(found.value().id(), metadata), false);
    });
    Json.reply(ctx, saved.created() ? 201 : 200, PacticipantResource.render(broker.baseUrls().hal(ctx), saved.value()));
  }

  /** PATCH: a JSON merge patch of the metadata; absent fields stay, null clears. */
  private void patch(Context ctx) {
    String name = PathParams.get(ctx, "pacticipant");
    Pacticipant updated = broker.database().write(handle -> {
      Stores stores = Stores.of(handle, broker.clock().instant());
      Pacticipant existing = Existing.pacticipant(stores, name);
      return stores.pacticipants().update(existing.id(), readMetadata(ctx, name, existing.metadata(), true));
    });
    Json.reply(ctx, 200, PacticipantResource.render(broker.baseUrls().hal(ctx), updated));
  }

  private static Pacticipant.Metadata readMetadata(Context ctx, String name, Pacticipant.Metadata base, boolean patch) {
    ObjectNode body = Json.objectBody(ctx);
    RequestFields fields = new RequestFields();
    JsonNode bodyName = body.get("name");
    if (bodyName != null && !bodyName.isNull() && !(bodyName.isTextual() && bodyName.textValue().equals(name))) {
      fields.add("name", "is " + bodyName + " but the URL names pacticipant '" + name + "'; rename is not supported");
    }
    Pacticipant.Metadata metadata = PacticipantMetadata.read(body, base, patch, fields);
    fields.throwIfAny();
    return metadata;
  }
}
