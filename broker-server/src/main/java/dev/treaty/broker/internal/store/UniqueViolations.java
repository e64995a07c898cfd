package dev.treaty.broker.internal.store;

import java.sql.SQLException;

/** Recognises a unique-constraint violation (SQLState 23505 on H2 and PostgreSQL) in a cause chain. */
final class UniqueViolations {
  private static final String UNIQUE_VIOLATION = "23505";

  private UniqueViolations() {}

  static boolean isCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
