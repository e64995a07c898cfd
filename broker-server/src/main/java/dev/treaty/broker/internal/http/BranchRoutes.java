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
import dev.treaty.broker.internal.store.Version;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Branches (§3.5): list a pacticipant's branches, read one (with its head, the version most
 * recently added), and add a version to a branch ({@code PUT}: 201 with Location when new, else 200).
 */
final class BranchRoutes implements Routes {
  private static final String BRANCH = "/pacticipants/{pacticipant}/branches/{branch}";

  private final BrokerContext broker;

  BranchRoutes(BrokerContext broker) {
    this.broker = broker;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/pacticipants/{pacticipant}/branches", this::list);
    routes.get(BRANCH, this::get);
    routes.get(BRANCH + "/versions/{version}", this::getBranchVersion);
    routes.put(BRANCH + "/versions/{version}", this::addVersion);
  }

  private void list(Context ctx) {
    String name = PathParams.get(ctx, "pacticipant");
    Hal hal = broker.baseUrls().hal(ctx);
    ObjectNode body = broker.database().read(handle -> {
      Stores stores = Stores.of(handle, broker.clock().instant());
      Pacticipant pacticipant = Existing.pacticipant(stores, name);
      ObjectNode list = JsonTrees.MAPPER.createObjectNode();
      ArrayNode branches = list.putObject("_embedded").putArray("branches");
      stores.branches().list(pacticipant.id()).forEach(b -> branches.add(branch(stores, hal, pacticipant, b)));
      ObjectNode links = list.putObject("_links");
      hal.link(links, "self", BrokerPaths.branches(name), "Branches of " + name);
      hal.link(links, "pb:pacticipant", BrokerPaths.pacticipant(name), "Pacticipant").put("name", name);
      return list;
    });
    Json.reply(ctx, 200, body);
  }

  private void get(Context ctx) {
    String name = PathParams.get(ctx, "pacticipant");
    String branchName = PathParams.get(ctx, "branch");
    Hal hal = broker.baseUrls().hal(ctx);
    ObjectNode body = broker.database().read(handle -> {
      Stores stores = Stores.of(handle, broker.clock().instant());
      Pacticipant pacticipant = Existing.pacticipant(stores, name);
      Branch branch = stores.branches().find(pacticipant.id(), branchName)
          .orElseThrow(() -> ApiException.notFound(name + " has no branch '" + branchName + "'"));
      return branch(stores, hal, pacticipant, branch);
    });
    Json.reply(ctx, 200, body);
  }

  private void getBranchVersion(Context ctx) {
    String name = PathParams.get(ctx, "pacticipant");
    String branchName = PathParams.get(ctx, "branch");
    String number = PathParams.get(ctx, "version");
    Hal hal = broker.baseUrls().hal(ctx);
    ObjectNode body = broker.database().read(handle -> {
      Stores stores = Stores.of(handle, broker.clock().instant());
      Pacticipant pacticipant = Existing.pacticipant(stores, name);
      Version version = Existing.version(stores, pacticipant, number);
      Branch branch = stores.branches().find(pacticipant.id(), branchName)
          .filter(b -> stores.branches().contains(b.id(), version.id()))
          .orElseThrow(() -> ApiException.notFound(name + " version " + number + " is not on branch '" + branchName + "'"));
      return branchVersion(hal, name, branch.name(), number);
    });
    Json.reply(ctx, 200, body);
  }

  private void addVersion(Context ctx) {
    String name = PathParams.get(ctx, "pacticipant");
    String branchName = PathParams.get(ctx, "branch");
    String number = PathParams.get(ctx, "version");
    Json.objectBody(ctx); // {} or nothing; still 415/400 for a body that is not JSON
    Saved<Branch> saved = broker.database().write(handle -> {
      Stores stores = Stores.of(handle, broker.clock().instant());
      Pacticipant pacticipant = stores.pacticipants().findOrCreate(name).value();
      Version version = stores.versions().findOrCreate(pacticipant.id(), number).value();
      return stores.branches().addVersion(version, branchName);
    });
    Hal hal = broker.baseUrls().hal(ctx);
    if (saved.created()) {
      ctx.header("Location", hal.href(BrokerPaths.branchVersion(name, branchName, number)));
    }
    Json.reply(ctx, saved.created() ? 201 : 200, branchVersion(hal, name, branchName, number));
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

  private static ObjectNode branchVersion(Hal hal, String pacticipant, String branch, String number) {
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
