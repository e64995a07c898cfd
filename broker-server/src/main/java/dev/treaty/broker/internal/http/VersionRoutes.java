package dev.treaty.broker.internal.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.internal.api.ApiException;
import dev.treaty.broker.internal.api.Hal;
import dev.treaty.broker.internal.api.JsonTrees;
import dev.treaty.broker.internal.api.RequestFields;
import dev.treaty.broker.internal.store.Pacticipant;
import dev.treaty.broker.internal.store.Saved;
import dev.treaty.broker.internal.store.Version;
import io.javalin.http.Context;
import java.util.List;

/**
 * Versions (§3.4, §3.16): a pacticipant's versions newest first (paged), one version, create or
 * update one ({@code PUT}, optional {@code buildUrl}), and the latest version (with a tag).
 */
final class VersionRoutes {
  static final int DEFAULT_PAGE_SIZE = 100;
  static final int MAX_PAGE_SIZE = 1000;

  private VersionRoutes() {}

  static void list(BrokerContext broker, Context ctx) {
    String name = PathParams.get(ctx, "pacticipant");
    int pageNumber = positiveInt(ctx, "pageNumber", 1, Integer.MAX_VALUE);
    int pageSize = positiveInt(ctx, "pageSize", DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    Hal hal = broker.hal(ctx);
    ObjectNode body = broker.read(stores -> {
      Pacticipant pacticipant = Existing.pacticipant(stores, name);
      long total = stores.versions().count(pacticipant.id());
      List<Version> versions = stores.versions().newestFirst(pacticipant.id(), (int) Math.min(Integer.MAX_VALUE, (long) (pageNumber - 1) * pageSize), pageSize);
      ObjectNode page = JsonTrees.MAPPER.createObjectNode();
      ArrayNode embedded = page.putObject("_embedded").putArray("versions");
      VersionResource.renderAll(stores, hal, pacticipant, versions).forEach(embedded::add);
      long totalPages = (total + pageSize - 1) / pageSize;
      page.putObject("page").put("number", pageNumber).put("size", pageSize).put("totalElements", total).put("totalPages", totalPages);
      ObjectNode links = page.putObject("_links");
      String base = BrokerPaths.versions(name);
      hal.link(links, "self", base + "?pageNumber=" + pageNumber + "&pageSize=" + pageSize, "Versions of " + name);
      if (pageNumber < totalPages) {
        hal.link(links, "next", base + "?pageNumber=" + (pageNumber + 1) + "&pageSize=" + pageSize, "Next page");
      }
      if (pageNumber > 1) {
        hal.link(links, "previous", base + "?pageNumber=" + (pageNumber - 1) + "&pageSize=" + pageSize, "Previous page");
      }
      hal.link(links, "pb:pacticipant", BrokerPaths.pacticipant(name), "Pacticipant").put("name", name);
      return page;
    });
    Json.reply(ctx, 200, body);
  }

  static void get(BrokerContext broker, Context ctx) {
    VersionPath path = VersionPath.of(ctx);
    Hal hal = broker.hal(ctx);
    Json.reply(ctx, 200, broker.read(stores -> {
      Existing.PacticipantVersion found = Existing.version(stores, path);
      return VersionResource.render(stores, hal, found.pacticipant(), found.version());
    }));
  }

  /** Creates the pacticipant and version when missing (201), else 200; sets {@code buildUrl} when given. */
  static void put(BrokerContext broker, Context ctx) {
    VersionPath path = VersionPath.of(ctx);
    ObjectNode request = Json.objectBody(ctx);
    RequestFields fields = new RequestFields();
    String buildUrl = fields.optionalString(request, "buildUrl", "buildUrl");
    fields.throwIfAny();
    Hal hal = broker.hal(ctx);
    Saved<ObjectNode> saved = broker.write(stores -> {
      Saved<Version> version = path.findOrCreate(stores);
      Version updated = stores.versions().setBuildUrl(version.value(), buildUrl);
      Pacticipant pacticipant = stores.pacticipants().findById(updated.pacticipantId()).orElseThrow();
      return new Saved<>(VersionResource.render(stores, hal, pacticipant, updated), version.created());
    });
    if (saved.created()) {
      ctx.header("Location", hal.href(BrokerPaths.version(path.pacticipant(), path.version())));
    }
    Json.reply(ctx, saved.created() ? 201 : 200, saved.value());
  }

  /** With or without a {@code {tag}} segment. */
  static void latest(BrokerContext broker, Context ctx) {
    String name = PathParams.get(ctx, "pacticipant");
    String tag = PathParams.optional(ctx, "tag");
    Hal hal = broker.hal(ctx);
    ObjectNode body = broker.read(stores -> {
      Pacticipant pacticipant = Existing.pacticipant(stores, name);
      Version version = (tag == null ? stores.versions().latest(pacticipant.id()) : stores.versions().latestWithTag(pacticipant.id(), tag))
          .orElseThrow(() -> ApiException.notFound(tag == null
              ? name + " has no versions"
              : "No version of " + name + " has tag '" + tag + "'"));
      return VersionResource.render(stores, hal, pacticipant, version);
    });
    Json.reply(ctx, 200, body);
  }

  /** Query parameter {@code name} as an integer 1..max, {@code fallback} when absent; 400 naming it otherwise. */
  static int positiveInt(Context ctx, String name, int fallback, int max) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(raw.trim());
      if (value >= 1 && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw ApiException.invalidField(name, "must be a whole number from 1 to " + max + ", got '" + raw + "'");
  }
}
