package dev.treaty.broker.internal.ops;

import dev.treaty.broker.internal.api.ApiException;
import java.time.Duration;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Bounds the work the broker accepts, in front of every route: at most {@code maxActive} requests
 * run; up to {@code maxWaiting} more wait (without holding a thread) for at most {@code maxWait};
 * anything beyond gets 503 with {@code Retry-After} at once and the same JSON error body as the
 * routes. Together with the database pool's short wait, nothing queues without bound in a spike.
 * {@code /health} and {@code /metrics} bypass it, so that probes and scrapes answer in a flood.
 */
public final class AdmissionControl extends QoSHandler {
  static final int MAX_ACTIVE = 150;
  static final int MAX_WAITING = 500;
  static final Duration MAX_WAIT = Duration.ofSeconds(5);
  /** Paths that bypass admission: they never touch the database and cost microseconds. */
  static final String[] UNBOUNDED_PATHS = {"/health", "/metrics"};

  AdmissionControl(int maxActive, int maxWaiting, Duration maxWait) {
    setMaxRequestCount(maxActive);
    setMaxSuspendedRequestCount(maxWaiting);
    setMaxSuspend(maxWait);
    setRejectStatusCode(503);
    // Liveness and metrics answer from memory and must answer while the broker is saturated.
    excludePath(UNBOUNDED_PATHS);
  }

  /** The broker's limits; fewer active requests than {@link ServerThreads} has threads. */
  public static AdmissionControl create() {
    return new AdmissionControl(MAX_ACTIVE, MAX_WAITING, MAX_WAIT);
  }

  @Override
  protected void reject(Request request, Response response, Callback callback, int status) {
    busy(request, response, callback, status);
  }

  @Override
  protected void failSuspended(Request request, Response response, Callback callback, int status, Throwable failure) {
    busy(request, response, callback, status);
  }

  private static void busy(Request request, Response response, Callback callback, int status) {
    String detail = "The broker is busy (too many requests at once); retry after " + ApiException.RETRY_AFTER_SECONDS + " s";
    JettyReplies.problem(request, response, callback, ApiException.of(status, "Service unavailable", detail));
  }
}
