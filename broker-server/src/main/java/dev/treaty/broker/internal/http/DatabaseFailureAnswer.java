package dev.treaty.broker.internal.http;

import dev.treaty.broker.internal.api.ApiException;
import dev.treaty.broker.internal.store.DatabaseFailure;
import io.javalin.http.Context;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a request whose database work failed for a reason that is the database's, not the
 * request's ({@link DatabaseFailure}): 503 with {@code Retry-After} and a message saying what
 * happened and whether anything was saved, never a 500 (Pact clients retry a 503). A request whose
 * client has gone gets 499 in the log and metrics; nobody reads that answer.
 */
final class DatabaseFailureAnswer {
  private static final Logger LOG = LoggerFactory.getLogger(DatabaseFailureAnswer.class);
  /** The status nginx logs for a request whose client closed the connection first; never sent to anyone. */
  static final int CLIENT_CLOSED_REQUEST = 499;

  private DatabaseFailureAnswer() {}

  static void write(Context ctx, DatabaseFailure failure, Exception e, Duration statementTimeout) {
    String request = ctx.method() + " " + ctx.path();
    if (failure == DatabaseFailure.CLIENT_GONE) {
      LOG.info("{}: the client closed the connection; its database work was cancelled", request);
      ErrorResponses.write(ctx, ApiException.of(CLIENT_CLOSED_REQUEST, "Client closed request",
          "The client closed the connection before the answer was ready; the broker cancelled the work"));
      return;
    }
    LOG.warn("{}: {} ({}); answering 503", request, failure, rootMessage(e));
    ctx.header("Retry-After", ApiException.RETRY_AFTER_SECONDS);
    ErrorResponses.write(ctx, ApiException.of(503, "Service unavailable", detail(ctx, failure, statementTimeout)));
  }

  private static String detail(Context ctx, DatabaseFailure failure, Duration statementTimeout) {
    String retry = "retry after " + ApiException.RETRY_AFTER_SECONDS + " s";
    return switch (failure) {
      case BUSY -> "The broker is busy (no database connection free); " + retry;
      case TIMED_OUT -> "The database query took too long: it ran past the statement timeout ("
          + statementTimeout.toMillis() + " ms, --statement-timeout) and was cancelled, and nothing was saved; "
          + retry + ", or ask for less at once (fewer selectors, a smaller page)";
      case UNAVAILABLE -> "The database is unavailable (the broker cannot reach it or lost its connection); "
          + "the request was not completed and nothing was saved; " + retry;
      case COMMIT_OUTCOME_UNKNOWN -> "The connection to the database was lost while this write was being committed, "
          + "so the broker cannot tell whether it was saved. " + RetryAdvice.afterUnknownOutcome(ctx.method().name(),
          RouteTemplates.of(ctx)) + "; " + retry;
      case CLIENT_GONE -> throw new IllegalArgumentException("answered above");
    };
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + ": " + t.getMessage();
  }
}
