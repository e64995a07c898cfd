package dev.treaty.broker.internal.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.internal.access.TokenSecrets;
import dev.treaty.broker.internal.api.ApiException;
import dev.treaty.broker.internal.api.Hal;
import dev.treaty.broker.internal.api.JsonTrees;
import dev.treaty.broker.internal.store.ApiToken;
import io.javalin.http.Context;
import java.time.Instant;

/**
 * Access tokens (admin only): create ({@code POST /tokens}, 201, the secret in the reply and
 * nowhere else), list, read and revoke ({@code DELETE /tokens/{uuid}}, which keeps the token's row
 * so the audit log can still name it). Creating one while access control is off is refused: a
 * token minted by anyone would become valid the day access control is turned on.
 */
final class TokenRoutes {
  static final String PATH = "/tokens";

  private TokenRoutes() {}

  static void create(BrokerContext broker, Context ctx) {
    if (!broker.gatekeeper().enabled()) {
      throw ApiException.of(409, "Conflict", "Access control is off, so tokens would not be checked and anyone could create"
          + " one; start the broker with --admin-token <secret> (env TREATY_ADMIN_TOKEN) and create tokens with it");
    }
    ObjectNode body = Json.objectBody(ctx);
    TokenBody request = TokenBody.parse(body, Instant.now());
    String secret = TokenSecrets.generate();
    ApiToken created = broker.write(stores -> stores.tokens().create(request.name(), request.role().wire(),
        TokenSecrets.sha256(secret), broker.principal().name(), request.expiresAt()));
    Hal hal = broker.hal(ctx);
    ObjectNode reply = render(hal, created);
    reply.put("token", secret);
    ctx.header("Location", hal.href(PATH + "/" + created.uuid()));
    ctx.header("Cache-Control", "no-store");
    Json.reply(ctx, 201, reply);
  }

  static void list(BrokerContext broker, Context ctx) {
    Hal hal = broker.hal(ctx);
    ObjectNode body = JsonTrees.MAPPER.createObjectNode();
    ArrayNode tokens = body.putArray("tokens");
    broker.read(stores -> stores.tokens().list()).forEach(t -> tokens.add(render(hal, t)));
    hal.link(Hal.links(body), "self", PATH);
    Json.reply(ctx, 200, body);
  }

  static void get(BrokerContext broker, Context ctx) {
    String uuid = PathParams.get(ctx, "uuid");
    Json.reply(ctx, 200, render(broker.hal(ctx), broker.read(stores -> stores.tokens().findByUuid(uuid)).orElseThrow(() -> missing(uuid))));
  }

  static void revoke(BrokerContext broker, Context ctx) {
    String uuid = PathParams.get(ctx, "uuid");
    ApiToken revoked = broker.write(stores -> {
      ApiToken token = stores.tokens().findByUuid(uuid).orElseThrow(() -> missing(uuid));
      stores.tokens().revoke(token.id());
      return stores.tokens().findByUuid(uuid).orElseThrow();
    });
    broker.gatekeeper().forget();
    Json.reply(ctx, 200, render(broker.hal(ctx), revoked));
  }

  private static ApiException missing(String uuid) {
    return ApiException.notFound("No token with id '" + uuid + "' (treaty token list shows them)");
  }

  private static ObjectNode render(Hal hal, ApiToken token) {
    ObjectNode node = JsonTrees.MAPPER.createObjectNode();
    node.put("id", token.uuid());
    node.put("name", token.name());
    node.put("role", token.role());
    node.put("createdBy", token.createdBy());
    node.put("createdAt", IsoTime.format(token.createdAt()));
    putTime(node, "expiresAt", token.expiresAt());
    putTime(node, "lastUsedAt", token.lastUsedAt());
    putTime(node, "revokedAt", token.revokedAt());
    hal.link(Hal.links(node), "self", PATH + "/" + token.uuid());
    return node;
  }

  static void putTime(ObjectNode node, String field, Instant value) {
    if (value == null) {
      node.putNull(field);
    } else {
      node.put(field, IsoTime.format(value));
    }
  }
}
