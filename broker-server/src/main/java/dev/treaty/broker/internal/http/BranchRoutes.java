package dev.treaty.broker.internal.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.internal.api.ApiException;
import dev.treaty.broker.internal.api.Hal;
import dev.treaty.broker.internal.api.JsonTrees;
import dev.treaty.broker.internal.store.Branch;
import dev.treaty.broker.internal.store.Pacticipant;
import dev.treaty.broker.internal.store.Saved;
import dev.treaty.broker.internal.store.Stores;
import io.javalin.http.Context;

/**
 * Branches (§3.5): list a pacticipant's branches, read one (with its head, the version most
 * recently added), and add a version to a branch ({@code PUT}: 201 with Location when new, else 200).
 */
final class BranchRoutes {
  private BranchRoutes() {}

  static void list(BrokerContext broker, Context ctx) {
    String name = PathParams.get(ctx, "pacticipant");
    Hal hal = broker.hal(ctx);
    Json.reply(ctx, 200, broker.read(stores -> {
      Pacticipant pacticipant = Existing.pacticipant(stores, name);
      ObjectNode list = JsonTrees.MAPPER.createObjectNode();
      ArrayNode branches = list.putObject("_embedded").putArray("branches");
      stores.branches().list(pacticipant.id()).forEach(b -> branches.add(branch(stores, hal, pacticipant, b)));
      ObjectNode links = list.putObject("_links");
      hal.link(links, "self", BrokerPaths.branches(name), "Branches of " + name);
      hal.link(links, "pb:pacticipant", BrokerPaths.pacticipant(name), "Pacticipant").put("name", name);
      return list;
    }));
  }

  static void get(BrokerContext broker, Context ctx) {
    String name = PathParams.get(ctx, "pacticipant");
    String branchName = PathParams.get(ctx, "branch");
    Hal hal = broker.hal(ctx);
    Json.reply(ctx, 200, broker.read(stores -> {
      Pacticipant pacticipant = Existing.pacticipant(stores, name);
      return branch(stores, hal, pacticipant, Existing.branch(stores, pacticipant, branchName));
    }));
  }

  static void getVersion(BrokerContext broker, Context ctx) {
    VersionPath path = VersionPath.of(ctx);
    String branchName = PathParams.get(ctx, "branch");
    String name = broker.read(stores -> {
      Existing.PacticipantVersion found = Existing.version(stores, path);
      return stores.branches().find(found.pacticipant().id(), branchName)
          .filter(b -> stores.branches().contains(b.id(), found.version().id()))
          .orElseThrow(() -> ApiException.notFound(path.pacticipant() + " version " + path.version()
              + " is not on branch '" + branchName + "'"))
          .name();
    });
    Json.reply(ctx, 200, branchVersion(broker.hal(ctx), path, name));
  }

  static void addVersion(BrokerContext broker, Context ctx) {
    VersionPath path = VersionPath.of(ctx);
    String branchName = PathParams.get(ctx, "branch");
    Json.objectBody(ctx); // {} or nothing; still 415/400 for a body that is not JSON
    Saved<Branch> saved = broker.write(stores -> stores.branches().addVersion(path.findOrCreate(stores).value(), branchName));
    Hal hal = broker.hal(ctx);
    if (saved.created()) {
      ctx.header("Location", hal.href(BrokerPaths.branchVersion(path.pacticipant(), branchName, path.version())));
    }
    Json.reply(ctx, saved.created() ? 201 : 200, branchVersion(hal, path, branchName));
  }

  private static ObjectNode branch(Stores stores, Hal hal, Pacticipant pacticipant, Branch branch) {
    ObjectNode body = JsonTrees.MAPPER.createObjectNode();
    body.put("name", branch.name());
    body.put("createdAt", IsoTime.format(branch.createdAt()));
    stores.branches().head(branch.id()).ifPresent(head ->
        body.putObject("_embedded").set("latestVersion", VersionResource.summary(hal, pacticipant.name(), head.number())));
    ObjectNode links = body.putObject("_links");
    hal.link(links, "self", BrokerPaths.branch(pacticipant.name(), branch.name()), "Branch").put("name", branch.name());
    hal.link(links, "pb:pacticipant", BrokerPaths.pacticipant(pacticipant.name()), "Pacticipant").put("name", pacticipant.name());
    return body;
  }

  private static ObjectNode branchVersion(Hal hal, VersionPath path, String branch) {
    String pacticipant = path.pacticipant();
    String number = path.version();
    ObjectNode body = JsonTrees.MAPPER.createObjectNode();
    body.put("branch", branch);
    body.put("version", number);
    ObjectNode links = body.putObject("_links");
    hal.link(links, "self", BrokerPaths.branchVersion(pacticipant, branch, number), "Branch version");
    hal.link(links, "pb:branch", BrokerPaths.branch(pacticipant, branch), "Branch").put("name", branch);
    hal.link(links, "pb:version", BrokerPaths.version(pacticipant, number), "Version").put("name", number);
    return body;
  }
}
