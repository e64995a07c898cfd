package dev.treaty.broker.internal.http;

import dev.treaty.broker.internal.api.ApiException;
import dev.treaty.broker.internal.api.FieldLimits;
import dev.treaty.broker.internal.ops.OutOfMemoryExit;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import dev.treaty.broker.internal.store.DatabaseFailure;
import dev.treaty.broker.internal.store.UnstorableValue;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every failure to one JSON error shape. A route's {@link ApiException} keeps its status; a
 * database that is busy, slow or unavailable ({@link DatabaseFailure}) is 503 with
 * {@code Retry-After} ({@link DatabaseFailureAnswer}: clients back off, nothing queues without
 * bound); a value the database refuses to store ({@link UnstorableValue}) is 400; anything else is a 500 whose body carries an id that is also logged.
 */
public final class ExceptionMapping {
  private static final Logger LOG = LoggerFactory.getLogger(ExceptionMapping.class);

  private ExceptionMapping() {}

  /** Adds the mappers; {@code statementTimeout} is named in the answer to a query that ran past it. */
  public static void addTo(RoutesConfig routes, Duration statementTimeout) {
    routes.exception(ApiException.class, (e, ctx) -> ErrorResponses.write(ctx, e));
    routes.exception(HttpResponseException.class, (e, ctx) -> ErrorResponses.write(ctx, fromJavalin(e)));
    routes.exception(Exception.class, (e, ctx) -> unexpected(e, ctx, statementTimeout));
    routes.error(404, "*", ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty()) {
        ErrorResponses.write(ctx, ApiException.notFound("No resource at " + ctx.method() + " " + ctx.path()));
      }
    });
    routes.error(405, "*", ctx -> ErrorResponses.write(ctx,
        ApiException.of(405, "Method not allowed", ctx.method() + " is not allowed on " + ctx.path())));
  }

  private static ApiException fromJavalin(HttpResponseException e) {
    String title = switch (e.getStatus()) {
      case 413 -> "Content too large";
      case 404 -> "Not found";
      default -> "Error";
    };
    return ApiException.of(e.getStatus(), title, e.getMessage());
  }

  private static void unexpected(Exception e, Context ctx, Duration statementTimeout) {
    OutOfMemoryExit.check(e); // e.g. H2's error for an OutOfMemoryError, after which it has closed the database
    Optional<DatabaseFailure> failure = DatabaseFailure.of(e);
    if (failure.isPresent()) {
      DatabaseFailureAnswer.write(ctx, failure.get(), e, statementTimeout);
      return;
    }
    Optional<String> unstorable = UnstorableValue.of(e);
    if (unstorable.isPresent()) {
      LOG.warn("a value outside api.FieldLimits reached the database on {} {}: {}", ctx.method(), ctx.path(), unstorable.get());
      ErrorResponses.write(ctx, ApiException.badRequest("A value in the request cannot be stored: " + unstorable.get()
          + ". Names and numbers have at most " + FieldLimits.NAME + " characters, URLs " + FieldLimits.URL + ", and none has control characters"));
      return;
    }
    String id = UUID.randomUUID().toString();
    LOG.error("unexpected error {} on {} {}", id, ctx.method(), ctx.path(), e);
    ErrorResponses.write(ctx, ApiException.of(500, "Internal server error",
        "Unexpected error " + id + " (" + e.getClass().getSimpleName() + "); the broker log has the details"));
  }
}
