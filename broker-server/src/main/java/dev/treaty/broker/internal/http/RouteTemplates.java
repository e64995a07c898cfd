package dev.treaty.broker.internal.http;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;

/**
 * The route template a request matched ({@code /pacticipants/{pacticipant}}), never its raw path:
 * metrics and logs keyed by raw paths would grow without bound with every pacticipant name.
 */
final class RouteTemplates {
  /** Requests that matched no route, e.g. a 404 for an unknown path. */
  static final String UNMATCHED = "UNMATCHED";

  private RouteTemplates() {}

  static String of(Context ctx) {
    Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
    return endpoint == null ? UNMATCHED : endpoint.path;
  }
}
