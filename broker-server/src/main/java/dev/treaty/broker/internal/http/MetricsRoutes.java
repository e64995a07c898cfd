package dev.treaty.broker.internal.http;

import dev.treaty.broker.internal.ops.BrokerMetrics;
import io.javalin.config.RoutesConfig;

/** {@code GET /metrics}: every metric of the broker for Prometheus to scrape. */
public final class MetricsRoutes implements Routes {
  private final BrokerMetrics metrics;

  public MetricsRoutes(BrokerMetrics metrics) {
    this.metrics = metrics;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/metrics", ctx -> ctx.contentType(BrokerMetrics.CONTENT_TYPE).result(metrics.scrape()));
  }
}
