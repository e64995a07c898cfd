package dev.treaty.broker.internal.store;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The database work of one request, so that it can be cancelled from another thread when the
 * client has gone: bound to the request's thread while it is handled ({@link #begin}/{@link #end}),
 * it knows whether the request is inside {@link Database} work and which statements are running.
 * {@link #cancel} cancels those ({@link Statement#cancel()}: PostgreSQL gets a cancel request, H2
 * stops the statement) and makes every later statement of the request fail at once, so the
 * transaction rolls back and its connection goes back to the pool.
 */
public final class RequestWork {
  private static final ThreadLocal<RequestWork> CURRENT = new ThreadLocal<>();

  private final Set<Statement> running = ConcurrentHashMap.newKeySet();
  private volatile boolean cancelled;
  private volatile long databaseSince;
  private int depth;

  private RequestWork() {}

  /** Starts tracking the work of the request handled on this thread. */
  public static RequestWork begin() {
    RequestWork work = new RequestWork();
    CURRENT.set(work);
    return work;
  }

  /** Stops tracking: the request's handling on this thread is over. */
  public void end() {
    if (CURRENT.get() == this) {
      CURRENT.remove();
    }
  }

  static Optional<RequestWork> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  /**
   * How long (ns) the request has been inside database work, or -1 outside it. The client's
   * request body has been read by then, so any byte still arriving belongs to a later request.
   */
  public long nanosInDatabase(long now) {
    long since = databaseSince;
    return since == 0 ? -1 : now - since;
  }

  /** Cancels the running statements and refuses every later one of this request. */
  public void cancel() {
    cancelled = true;
    for (Statement statement : running) {
      try {
        statement.cancel();
      } catch (SQLException | RuntimeException ignored) {
        // finished or closed meanwhile: nothing left to cancel
      }
    }
  }

  public boolean cancelled() {
    return cancelled;
  }

  /** Called by {@link Database} around a read or write (nested calls count once). */
  void enterDatabase() {
    if (depth++ == 0) {
      databaseSince = System.nanoTime();
    }
  }

  void leaveDatabase() {
    if (--depth == 0) {
      databaseSince = 0;
    }
  }

  /** A statement of this request is about to run; refused when the work was cancelled. */
  void started(Statement statement) throws SQLException {
    running.add(statement);
    if (cancelled) {
      running.remove(statement);
      throw new SQLException("the client closed the connection; the broker cancelled this request's database work", "57014");
    }
  }

  void finished(Statement statement) {
    running.remove(statement);
  }
}
