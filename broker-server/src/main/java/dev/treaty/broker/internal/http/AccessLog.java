package dev.treaty.broker.internal.http;

import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One INFO line per request, {@code GET /pacticipants/Foo 200 3.1 ms (route /pacticipants/{pacticipant})},
 * with method, path, route, status and duration also as key-value pairs (fields of their own in
 * JSON logs).
 */
public final class AccessLog implements RequestLogger {
  /** The logger name, so operators can turn the access log off ({@code level="WARN"}). */
  public static final String LOGGER = "dev.treaty.broker.access";
  private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

  @Override
  public void handle(Context ctx, Float executionTimeMs) {
    String route = RouteTemplates.of(ctx);
    String duration = String.format(Locale.ROOT, "%.1f", executionTimeMs);
    LOG.atInfo()
        .addKeyValue("method", ctx.method().name())
        .addKeyValue("path", ctx.path())
        .addKeyValue("route", route)
        .addKeyValue("status", ctx.statusCode())
        .addKeyValue("durationMs", duration)
        .log("{} {} {} {} ms (route {})", ctx.method().name(), ctx.path(), ctx.statusCode(), duration, route);
  }
}
