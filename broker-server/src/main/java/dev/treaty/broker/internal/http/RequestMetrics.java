package dev.treaty.broker.internal.http;

import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Times every request as {@code http.server.requests} (Prometheus:
 * {@code http_server_requests_seconds}) tagged by method, route template and status, with
 * histogram buckets from 5 ms to 10 s so dashboards can compute p50/p99 per route.
 *
 * <p>Every tag has a bounded set of values: methods outside the standard set share
 * {@value #OTHER_METHOD} and paths matching no route share {@value RouteTemplates#UNMATCHED}, so
 * a client inventing methods or paths cannot grow {@code /metrics} without bound.
 */
public final class RequestMetrics implements RequestLogger {
  static final String TIMER = "http.server.requests";
  /** The method tag of every request whose method is not one of {@link #STANDARD_METHODS}. */
  static final String OTHER_METHOD = "OTHER";
  static final Set<String> STANDARD_METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
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
        .tag("method", methodTag(ctx.req().getMethod()))
        .tag("route", RouteTemplates.of(ctx))
        .tag("status", Integer.toString(ctx.statusCode()))
        .serviceLevelObjectives(BUCKETS)
        .register(registry)
        .record((long) (executionTimeMs * 1_000_000L), TimeUnit.NANOSECONDS);
  }

  static String methodTag(String method) {
    return STANDARD_METHODS.contains(method) ? method : OTHER_METHOD;
  }
}
