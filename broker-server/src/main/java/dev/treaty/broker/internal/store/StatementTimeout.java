package dev.treaty.broker.internal.store;

import com.zaxxer.hikari.HikariConfig;
import dev.treaty.broker.internal.store.Database.Dialect;
import java.time.Duration;

/**
 * Sets the statement timeout on every pooled connection when it is opened: PostgreSQL's
 * {@code statement_timeout}, H2's {@code QUERY_TIMEOUT}; the database itself then cancels a
 * statement that runs longer (SQLState 57014, {@link DatabaseFailure#TIMED_OUT}). On PostgreSQL the
 * driver's {@code socketTimeout} is set a few seconds beyond it too, so that a database that stops
 * answering altogether (a network that drops packets) cannot hold a request longer than that; a
 * {@code socketTimeout} in the URL wins. Flyway's migrations use their own connections, untimed.
 */
final class StatementTimeout {
  /** How much longer than the statement timeout the PostgreSQL driver waits for any reply. */
  static final Duration SOCKET_MARGIN = Duration.ofSeconds(5);

  private StatementTimeout() {}

  static void configure(HikariConfig hikari, Dialect dialect, Duration timeout) {
    if (timeout.isZero()) {
      return;
    }
    long millis = timeout.toMillis();
    switch (dialect) {
      case POSTGRESQL -> {
        hikari.setConnectionInitSql("SET statement_timeout = " + millis);
        hikari.addDataSourceProperty("socketTimeout", String.valueOf(timeout.plus(SOCKET_MARGIN).toSeconds() + 1));
      }
      case H2 -> hikari.setConnectionInitSql("SET QUERY_TIMEOUT " + millis);
    }
  }
}
