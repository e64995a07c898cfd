package dev.treaty.broker.internal.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.internal.api.ApiException;
import dev.treaty.broker.internal.api.Hal;
import dev.treaty.broker.internal.api.JsonTrees;
import dev.treaty.broker.internal.store.AuditEvent;
import io.javalin.http.Context;
import java.util.List;

/**
 * {@code GET /audit} (admin only): acknowledged writes newest first, {@code ?limit=} (1..1000,
 * default 100) at a time; {@code _links.next} pages on with {@code ?before=<id>}.
 */
final class AuditRoutes {
  static final String PATH = "/audit";
  static final int DEFAULT_LIMIT = 100;
  static final int MAX_LIMIT = 1000;

  private AuditRoutes() {}

  static void list(BrokerContext broker, Context ctx) {
    int limit = number(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT).intValue();
    Long before = ctx.queryParam("before") == null ? null : number(ctx, "before", 0, 1, Long.MAX_VALUE);
    List<AuditEvent> events = broker.read(stores -> stores.audit().page(before, limit));
    Hal hal = broker.hal(ctx);
    ObjectNode body = JsonTrees.MAPPER.createObjectNode();
    ArrayNode list = body.putArray("events");
    events.forEach(e -> list.add(render(e)));
    ObjectNode links = Hal.links(body);
    hal.link(links, "self", PATH + "?limit=" + limit + (before == null ? "" : "&before=" + before));
    if (events.size() == limit) {
      hal.link(links, "next", PATH + "?limit=" + limit + "&before=" + events.get(events.size() - 1).id());
    }
    Json.reply(ctx, 200, body);
  }

  private static Long number(Context ctx, String name, long fallback, long min, long max) {
    String text = ctx.queryParam(name);
    if (text == null) {
      return fallback;
    }
    try {
      long value = Long.parseLong(text);
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    String shown = text.length() <= 20 ? text : text.substring(0, 20) + "…";
    throw ApiException.invalidField(name, "must be a whole number from " + min + " to " + max + ", got '" + shown + "'");
  }

  private static ObjectNode render(AuditEvent event) {
    ObjectNode node = JsonTrees.MAPPER.createObjectNode();
    node.put("id", event.id());
    node.put("occurredAt", IsoTime.format(event.occurredAt()));
    node.put("actor", event.actor());
    node.put("tokenId", event.tokenUuid());
    node.put("role", event.role());
    node.put("method", event.method());
    node.put("path", event.path());
    node.put("remoteAddress", event.remoteAddress());
    node.put("userAgent", event.userAgent());
    return node;
  }
}
