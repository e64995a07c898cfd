package dev.treaty.broker.internal.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One write transaction on a pooled connection (read committed, set on the pool), run so that its
 * outcome is always known or said to be unknown: a failure while the work runs rolls back (nothing
 * saved); a lost connection during {@code COMMIT} is {@link DatabaseFailure#COMMIT_OUTCOME_UNKNOWN}
 * (the database may have committed before the reply was lost); once {@code COMMIT} has returned the
 * write is saved, and a failure while handing the connection back (say, the database went away just
 * then) is logged, never reported as a failed write.
 */
final class Transaction {
  private static final Logger LOG = LoggerFactory.getLogger(Transaction.class);

  private Transaction() {}

  static <T> T run(Jdbi jdbi, HandleCallback<T, RuntimeException> work) {
    Handle handle = jdbi.open();
    boolean committed = false;
    RuntimeException failure = null;
    try {
      Connection connection = handle.getConnection();
      begin(connection);
      T result = work.withHandle(handle);
      commit(connection);
      committed = true;
      return result;
    } catch (RuntimeException e) {
      failure = e;
      throw e;
    } finally {
      release(handle, committed, failure);
    }
  }

  private static void begin(Connection connection) {
    try {
      connection.setAutoCommit(false);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot start a transaction: " + e.getMessage(), e);
    }
  }

  private static void commit(Connection connection) {
    try {
      connection.commit();
    } catch (SQLException e) {
      if (DatabaseFailure.of(e).filter(kind -> kind == DatabaseFailure.UNAVAILABLE).isPresent()) {
        throw new DatabaseFailure.Failed(DatabaseFailure.COMMIT_OUTCOME_UNKNOWN,
            "the connection to the database was lost during COMMIT: " + e.getMessage(), e);
      }
      throw new IllegalStateException("the database refused the commit (rolled back): " + e.getMessage(), e);
    }
  }

  /** Rolls back unless committed, restores auto-commit and returns the connection to the pool. */
  private static void release(Handle handle, boolean committed, RuntimeException failure) {
    try {
      Connection connection = handle.getConnection();
      try {
        if (!committed) {
          connection.rollback();
        }
      } finally {
        connection.setAutoCommit(true);
      }
      handle.close();
    } catch (SQLException | RuntimeException e) {
      try {
        handle.close();
      } catch (RuntimeException ignored) {
        // the connection is broken: the pool discards it
      }
      if (failure != null) {
        failure.addSuppressed(e);
      } else if (committed) {
        LOG.warn("a committed write could not hand its connection back cleanly ({}); the pool discards it", e.toString());
      }
    }
  }
}
