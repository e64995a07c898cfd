package dev.treaty.broker.internal.http;

import io.javalin.config.RoutesConfig;

/** {@code GET /openapi.json}: the OpenAPI 3 document of the broker's API. */
public final class OpenApiRoutes implements Routes {
  private final String document = OpenApiDocument.load().served();

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(document));
  }
}
