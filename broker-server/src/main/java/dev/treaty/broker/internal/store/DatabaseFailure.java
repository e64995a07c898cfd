package dev.treaty.broker.internal.store;

import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.Set;

/**
 * Why a piece of database work failed, when the cause is the database being unavailable, busy or
 * slow rather than the request: the one place that reads SQLStates, driver error codes and pool
 * exceptions for that. Everything above storage asks {@link #of} and answers 503 with
 * {@code Retry-After} for any kind it returns.
 */
public enum DatabaseFailure {
  /** No connection (or, on H2, no turn to write) within the pool wait, or a lock held too long by another write. */
  BUSY,
  /** A statement ran longer than the statement timeout and was cancelled by the database. */
  TIMED_OUT,
  /** The database cannot be reached or went away (connection refused, closed or reset; shut down). */
  UNAVAILABLE,
  /** The connection was lost while committing: the write may or may not have been saved. */
  COMMIT_OUTCOME_UNKNOWN,
  /** The client closed its connection, and the broker cancelled the request's database work. */
  CLIENT_GONE;

  /** PostgreSQL: admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections. */
  private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");
  /** PostgreSQL lock_not_available, deadlock_detected, serialization_failure (after the write's retries). */
  private static final Set<String> BUSY_STATES = Set.of("55P03", "40P01", "40001");
  /** query_canceled, on both databases (H2 uses it for its QUERY_TIMEOUT too). */
  private static final String CANCELED_STATE = "57014";
  /** H2: the database is closed (90098), the connection is broken (90067). */
  private static final Set<Integer> H2_UNAVAILABLE_CODES = Set.of(90098, 90067);
  /** HikariCP's answer (without SQLState) on a connection it already discarded as broken, or after the pool closed. */
  private static final String HIKARI_CLOSED = "Connection is closed";
  /** H2: timeout trying to lock a table or row (50200), concurrent update (90131). */
  private static final Set<Integer> H2_BUSY_CODES = Set.of(50200, 90131);

  /** The kind of {@code failure}, found anywhere in its cause chain; empty for any other failure. */
  public static Optional<DatabaseFailure> of(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      Optional<DatabaseFailure> kind = kindOf(t);
      if (kind.isPresent()) {
        return kind;
      }
    }
    return Optional.empty();
  }

  /** A failure the broker itself recognised while running the work (the commit, or a cancellation). */
  static final class Failed extends RuntimeException {
    private final DatabaseFailure kind;

    Failed(DatabaseFailure kind, String message, Throwable cause) {
      super(message, cause);
      this.kind = kind;
    }

    DatabaseFailure kind() {
      return kind;
    }
  }

  private static Optional<DatabaseFailure> kindOf(Throwable t) {
    if (t instanceof Failed e) {
      return Optional.of(e.kind());
    }
    if (t instanceof SQLTransientConnectionException) {
      // HikariCP's "connection is not available": busy when every connection is in use, unavailable
      // when the pool could not open one (it then carries the connection failure as its cause).
      return Optional.of(t.getCause() == null ? BUSY : UNAVAILABLE);
    }
    if (t instanceof SQLNonTransientConnectionException || t instanceof ConnectException
        || t instanceof SocketTimeoutException || t instanceof SocketException) {
      return Optional.of(UNAVAILABLE);
    }
    if (t instanceof SQLException sql) {
      return ofSql(sql);
    }
    return Optional.empty();
  }

  private static Optional<DatabaseFailure> ofSql(SQLException sql) {
    if (sql.getSQLState() == null && HIKARI_CLOSED.equals(sql.getMessage())) {
      return Optional.of(UNAVAILABLE);
    }
    String state = sql.getSQLState() == null ? "" : sql.getSQLState();
    boolean h2 = sql.getClass().getName().startsWith("org.h2.");
    if (state.startsWith("08") || UNAVAILABLE_STATES.contains(state) || h2 && H2_UNAVAILABLE_CODES.contains(sql.getErrorCode())) {
      return Optional.of(UNAVAILABLE);
    }
    if (state.equals(CANCELED_STATE)) {
      return Optional.of(TIMED_OUT);
    }
    if (BUSY_STATES.contains(state) || h2 && H2_BUSY_CODES.contains(sql.getErrorCode())) {
      return Optional.of(BUSY);
    }
    return Optional.empty();
  }
}
