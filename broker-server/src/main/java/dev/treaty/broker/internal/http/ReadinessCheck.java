package dev.treaty.broker.internal.http;

import dev.treaty.broker.internal.store.Stores;
import dev.treaty.broker.internal.store.DatabaseFailure;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Whether the database answers {@code SELECT 1} within {@link #BOUND}. The query runs on one daemon
 * thread and at most one runs at a time: a dead database or a pool with no free connection cannot
 * make {@code /ready} hang or pile up threads; a caller arriving while a check is still running
 * waits for that one (within the bound). The problem named never carries a URL, a user or a password.
 */
final class ReadinessCheck {
  static final Duration BOUND = Duration.ofMillis(500);

  /** What {@code /ready} reports: null {@code problem} means ready. */
  record Result(String problem) {
    boolean ready() {
      return problem == null;
    }
  }

  private final Function<Function<Stores, Boolean>, Boolean> read;
  private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "treaty-readiness");
    thread.setDaemon(true);
    return thread;
  });
  private CompletableFuture<String> running;

  ReadinessCheck(Function<Function<Stores, Boolean>, Boolean> read) {
    this.read = read;
  }

  Result check() {
    try {
      return new Result(current().get(BOUND.toMillis(), TimeUnit.MILLISECONDS));
    } catch (TimeoutException e) {
      return new Result("database did not answer within " + BOUND.toMillis() + " ms");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Result("readiness check interrupted");
    } catch (ExecutionException e) {
      return new Result(problem(e.getCause()));
    }
  }

  private synchronized CompletableFuture<String> current() {
    if (running == null || running.isDone()) {
      running = CompletableFuture.supplyAsync(this::query, executor);
    }
    return running;
  }

  private String query() {
    try {
      return read.apply(Stores::answers) ? null : "database answered SELECT 1 with an unexpected value";
    } catch (RuntimeException e) {
      return problem(e);
    }
  }

  static String problem(Throwable e) {
    return switch (DatabaseFailure.of(e).orElse(DatabaseFailure.UNAVAILABLE)) {
      case BUSY -> "database connection pool exhausted: every connection is in use";
      case TIMED_OUT -> "database did not answer SELECT 1 within the statement timeout";
      default -> "database unreachable (" + rootCause(e).getClass().getSimpleName() + ")";
    };
  }

  private static Throwable rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }
}
