package dev.treaty.broker.internal.http;

import dev.treaty.broker.internal.access.Access;
import dev.treaty.broker.internal.access.Principal;
import dev.treaty.broker.internal.api.ApiException;
import dev.treaty.broker.internal.store.AuditEvent;
import io.javalin.http.Context;
import java.util.Set;

/**
 * Admits a request to its route ({@link dev.treaty.broker.internal.access.Gatekeeper}) and hands
 * the route the broker as this request sees it: writes audited as the principal. A 401 carries
 * {@code WWW-Authenticate: Basic}, without which pact-jvm never sends its credentials.
 */
final class RequestAccess {
  static final String CHALLENGE = "Basic realm=\"Treaty broker\", charset=\"UTF-8\"";
  private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  private RequestAccess() {}

  static BrokerContext admit(BrokerContext broker, Access access, Context ctx) {
    Principal principal;
    try {
      principal = broker.gatekeeper().admit(access, ctx.header("Authorization"));
    } catch (ApiException e) {
      if (e.status() == 401) {
        ctx.header("WWW-Authenticate", CHALLENGE);
      }
      throw e;
    }
    String method = ctx.method().name();
    if (READ_METHODS.contains(method)) {
      return broker.forRequest(principal, null);
    }
    return broker.forRequest(principal, new AuditEvent.Entry(clip(principal.name(), 100), principal.tokenUuid(),
        principal.role() == null ? null : principal.role().wire(), method, clip(ctx.path(), 2048), clip(ctx.ip(), 64),
        clip(ctx.userAgent(), 256)));
  }

  private static String clip(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
