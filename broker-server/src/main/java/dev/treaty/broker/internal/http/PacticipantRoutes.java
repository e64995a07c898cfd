package dev.treaty.broker.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.internal.api.ApiException;
import dev.treaty.broker.internal.api.Hal;
import dev.treaty.broker.internal.api.JsonTrees;
import dev.treaty.broker.internal.api.RequestFields;
import dev.treaty.broker.internal.store.Pacticipant;
import dev.treaty.broker.internal.store.Saved;
import io.javalin.http.Context;

/**
 * Pacticipants (§3.7): list, create ({@code POST /pacticipants}), read, replace ({@code PUT}) and
 * merge-patch ({@code PATCH}) the editable metadata: displayName, mainBranch, repositoryUrl, team,
 * runbookUrl, docsUrl.
 */
final class PacticipantRoutes {
  private PacticipantRoutes() {}

  static void list(BrokerContext broker, Context ctx) {
    Hal hal = broker.hal(ctx);
    ObjectNode body = JsonTrees.MAPPER.createObjectNode();
    ArrayNode pacticipants = body.putObject("_embedded").putArray("pacticipants");
    broker.read(stores -> stores.pacticipants().list())
        .forEach(p -> pacticipants.add(PacticipantResource.render(hal, p)));
    ObjectNode links = body.putObject("_links");
    hal.link(links, "self", "/pacticipants", "Pacticipants");
    Json.reply(ctx, 200, body);
  }

  static void create(BrokerContext broker, Context ctx) {
    ObjectNode body = Json.objectBody(ctx);
    RequestFields fields = new RequestFields();
    String name = fields.requiredString(body, "name", "name");
    Pacticipant.Metadata metadata = PacticipantMetadata.read(body, Pacticipant.Metadata.EMPTY, false, fields);
    fields.throwIfAny();
    Saved<Pacticipant> saved = broker.write(stores -> stores.pacticipants().findOrCreate(name, metadata));
    if (!saved.created()) {
      throw ApiException.conflict("name", "A pacticipant named '" + name + "' already exists; use PUT or PATCH "
          + BrokerPaths.pacticipant(name) + " to change it", java.util.List.of());
    }
    ctx.header("Location", broker.hal(ctx).href(BrokerPaths.pacticipant(name)));
    Json.reply(ctx, 201, PacticipantResource.render(broker.hal(ctx), saved.value()));
  }

  static void get(BrokerContext broker, Context ctx) {
    String name = PathParams.get(ctx, "pacticipant");
    Pacticipant pacticipant = broker.read(stores -> Existing.pacticipant(stores, name));
    Json.reply(ctx, 200, PacticipantResource.render(broker.hal(ctx), pacticipant));
  }

  /** PUT: creates the pacticipant or replaces all its metadata (fields left out become unset). */
  static void replace(BrokerContext broker, Context ctx) {
    String name = PathParams.get(ctx, "pacticipant");
    Pacticipant.Metadata metadata = readMetadata(ctx, name, Pacticipant.Metadata.EMPTY, false);
    Saved<Pacticipant> saved = broker.write(stores -> {
      Saved<Pacticipant> found = stores.pacticipants().findOrCreate(name, metadata);
      return found.created() ? found : new Saved<>(stores.pacticipants().update(found.value().id(), metadata), false);
    });
    Json.reply(ctx, saved.created() ? 201 : 200, PacticipantResource.render(broker.hal(ctx), saved.value()));
  }

  /** PATCH: a JSON merge patch of the metadata; absent fields stay, null clears. */
  static void patch(BrokerContext broker, Context ctx) {
    String name = PathParams.get(ctx, "pacticipant");
    Pacticipant updated = broker.write(stores -> {
      Pacticipant existing = Existing.pacticipant(stores, name);
      return stores.pacticipants().update(existing.id(), readMetadata(ctx, name, existing.metadata(), true));
    });
    Json.reply(ctx, 200, PacticipantResource.render(broker.hal(ctx), updated));
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
