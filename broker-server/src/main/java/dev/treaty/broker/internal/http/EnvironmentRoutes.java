package dev.treaty.broker.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.internal.api.ApiException;
import dev.treaty.broker.internal.api.Hal;
import dev.treaty.broker.internal.api.JsonTrees;
import dev.treaty.broker.internal.api.RequestFields;
import dev.treaty.broker.internal.store.Environment;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;

/** Environments (§3.13): create ({@code POST}, 201), list (optionally {@code ?name=}), read by uuid. */
final class EnvironmentRoutes {
  private EnvironmentRoutes() {}

  static void create(BrokerContext broker, Context ctx) {
    ObjectNode body = Json.objectBody(ctx);
    RequestFields fields = new RequestFields();
    String name = fields.requiredString(body, "name", "name");
    if (name != null && name.chars().anyMatch(Character::isWhitespace)) {
      fields.add("name", "must not contain spaces or line breaks, got '" + name + "'");
    }
    String displayName = fields.optionalString(body, "displayName", "displayName");
    Boolean production = fields.optionalBoolean(body, "production", "production");
    if (production == null && !fields.hasErrors() && !body.has("production")) {
      fields.add("production", "is required (true or false)");
    }
    JsonNode contacts = body.get("contacts");
    if (contacts != null && !contacts.isNull() && !contacts.isArray()) {
      fields.add("contacts", "must be an array, got " + JsonTrees.kind(contacts));
    }
    fields.throwIfAny();
    Environment created = broker.write(stores -> {
      if (stores.environments().findByName(name).isPresent()) {
        throw ApiException.invalidField("name", "Another environment with name '" + name + "' already exists.");
      }
      return stores.environments().create(name, displayName, production,
          contacts == null || contacts.isNull() ? null : JsonTrees.write(contacts));
    });
    Hal hal = broker.hal(ctx);
    ctx.header("Location", hal.href(BrokerPaths.environment(created.uuid())));
    Json.reply(ctx, 201, render(hal, created));
  }

  static void list(BrokerContext broker, Context ctx) {
    String name = ctx.queryParam("name");
    List<Environment> environments = broker.read(stores -> stores.environments().list())
        .stream().filter(e -> name == null || e.name().equals(name)).toList();
    Hal hal = broker.hal(ctx);
    ObjectNode body = JsonTrees.MAPPER.createObjectNode();
    ArrayNode embedded = body.putObject("_embedded").putArray("environments");
    ObjectNode links = body.putObject("_links");
    hal.link(links, "self", "/environments", "Environments");
    ArrayNode linkArray = links.putArray("pb:environments");
    for (Environment environment : environments) {
      embedded.add(render(hal, environment));
      linkArray.addObject().put("name", environment.name()).put("title", "Environment")
          .put("href", hal.href(BrokerPaths.environment(environment.uuid())));
    }
    Json.reply(ctx, 200, body);
  }

  static void get(BrokerContext broker, Context ctx) {
    String uuid = PathParams.get(ctx, "uuid");
    Environment environment = broker.read(stores -> Existing.environment(stores, uuid));
    Json.reply(ctx, 200, render(broker.hal(ctx), environment));
  }

  static ObjectNode render(Hal hal, Environment environment) {
    ObjectNode body = JsonTrees.MAPPER.createObjectNode();
    body.put("uuid", environment.uuid());
    body.put("name", environment.name());
    body.put("displayName", environment.displayName());
    body.put("production", environment.production());
    if (environment.contacts() != null) {
      try {
        body.set("contacts", JsonTrees.MAPPER.readTree(environment.contacts()));
      } catch (IOException e) {
        throw new IllegalStateException("stored contacts are not JSON", e);
      }
    }
    body.put("createdAt", IsoTime.format(environment.createdAt()));
    ObjectNode links = body.putObject("_links");
    String self = BrokerPaths.environment(environment.uuid());
    hal.link(links, "self", self, "Environment").put("name", environment.name());
    hal.link(links, "pb:environments", "/environments", "Environments");
    return body;
  }
}
