package dev.treaty.broker.internal.http;

import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Times every request as {@code http.server.requests} (Prometheus:
 * {@code http_server_requests_seconds}) tagged by method, route template and status, with
 * histogram buckets from 5 ms to 10 s so dashboards can compute p50/p99 per route.
 */
public final class RequestMetrics implements RequestLogger {
  static final String TIMER = "http.server.requests";
  private static final Duration[] BUCKETS = {
      Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
      Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
      Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};

  private final MeterRegistry registry;

  public RequestMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void handle(Context ctx, Float executionTimeMs) {
    Timer.builder(TIMER)
        .description("HTTP requests served, by route template")
        .tag("method", ctx.method().name())
        .tag("route", RouteTemplates.of(ctx))
        .tag("status", Integer.toString(ctx.statusCode()))
        .serviceLevelObjectives(BUCKETS)
        .register(registry)
        .record((long) (executionTimeMs * 1_000_000L), TimeUnit.NANOSECONDS);
  }
}
