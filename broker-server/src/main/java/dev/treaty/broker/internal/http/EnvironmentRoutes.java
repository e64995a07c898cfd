package dev.treaty.broker.internal.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.internal.api.ApiException;
import dev.treaty.broker.internal.api.Hal;
import dev.treaty.broker.internal.api.JsonTrees;
import dev.treaty.broker.internal.store.Environment;
import dev.treaty.broker.internal.store.Stores;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Environments (§3.13): create ({@code POST}, 201), list (optionally {@code ?name=}), read, update and delete by uuid. */
final class EnvironmentRoutes {
  private EnvironmentRoutes() {}

  static void create(BrokerContext broker, Context ctx) {
    EnvironmentBody request = EnvironmentBody.parse(Json.objectBody(ctx));
    Environment created = broker.write(stores -> {
      requireFreeName(stores, request.name(), null);
      return stores.environments().create(request.name(), request.displayName(), request.production(), request.contactsJson());
    });
    Hal hal = broker.hal(ctx);
    ctx.header("Location", hal.href(BrokerPaths.environment(created.uuid())));
    Json.reply(ctx, 201, render(hal, created));
  }

  /** {@code PUT /environments/{uuid}}: replaces name, display name, production and contacts (Pact CLI update-environment). */
  static void update(BrokerContext broker, Context ctx) {
    String uuid = PathParams.get(ctx, "uuid");
    EnvironmentBody request = EnvironmentBody.parse(Json.objectBody(ctx));
    Environment updated = broker.write(stores -> {
      Environment existing = Existing.environment(stores, uuid);
      requireFreeName(stores, request.name(), existing);
      return stores.environments().update(existing.id(), request.name(), request.displayName(), request.production(), request.contactsJson());
    });
    Json.reply(ctx, 200, render(broker.hal(ctx), updated));
  }

  /**
   * {@code DELETE /environments/{uuid}}: refused (409) while anything is currently deployed or
   * released there, naming what; otherwise the environment and its past records go, and the reply
   * is the deleted environment (Pact clients need a JSON body).
   */
  static void delete(BrokerContext broker, Context ctx) {
    String uuid = PathParams.get(ctx, "uuid");
    Environment deleted = broker.write(stores -> {
      Environment environment = Existing.environment(stores, uuid);
      List<String> residents = new ArrayList<>();
      stores.deployments().currentlyDeployed(environment.id(), null, null, null).forEach(d -> residents.add(d.pacticipant() + " "
          + d.version() + " (deployed" + (d.record().applicationInstance() == null ? "" : ", instance " + d.record().applicationInstance()) + ")"));
      stores.deployments().currentlySupported(environment.id(), null, null).forEach(r -> residents.add(r.pacticipant() + " " + r.version() + " (released)"));
      if (!residents.isEmpty()) {
        throw ApiException.conflict("environment", "Environment '" + environment.name() + "' cannot be deleted while "
            + String.join(", ", residents) + (residents.size() == 1 ? " is" : " are") + " in it; record the undeployment "
            + "(pact-broker record-undeployment) or the end of support (record-support-ended) first", List.of());
      }
      stores.deployments().deletePastRecords(environment.id());
      stores.environments().delete(environment.id());
      return environment;
    });
    Json.reply(ctx, 200, render(broker.hal(ctx), deleted));
  }

  private static void requireFreeName(Stores stores, String name, Environment self) {
    stores.environments().findByName(name).filter(other -> self == null || other.id() != self.id()).ifPresent(other -> {
      throw ApiException.invalidField("name", "Another environment with name '" + name + "' already exists.");
    });
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
    hal.link(links, "pb:currently-deployed-deployed-versions", self + "/deployed-versions/currently-deployed", "Versions currently deployed");
    hal.link(links, "pb:currently-supported-released-versions", self + "/released-versions/currently-supported", "Versions released and supported");
    return body;
  }
}
