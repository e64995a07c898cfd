package dev.treaty.broker.internal.store;

import java.sql.SQLException;
import java.util.Set;

/**
 * Recognises, in a cause chain, a write that lost a race with a concurrent transaction and is worth
 * running again from the start: a unique-constraint violation (SQLState 23505 on H2 and
 * PostgreSQL), H2's lock timeout on a row another transaction was inserting (50200, with its
 * "concurrent update" 90131), or a PostgreSQL deadlock (40P01).
 */
final class WriteConflicts {
  private static final Set<String> RETRYABLE_STATES = Set.of("23505", "40P01");
  private static final Set<Integer> RETRYABLE_H2_CODES = Set.of(50200, 90131);

  private WriteConflicts() {}

  static boolean isCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && (sql.getSQLState() != null && RETRYABLE_STATES.contains(sql.getSQLState())
          || sql.getClass().getName().startsWith("org.h2.") && RETRYABLE_H2_CODES.contains(sql.getErrorCode()))) {
        return true;
      }
    }
    return false;
  }
}
