package dev.treaty.broker.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures are the database's (503 with Retry-After) and which are not, wherever they sit in the cause chain. */
class DatabaseFailureTest {
  private static RuntimeException wrapped(Throwable cause) {
    return new IllegalStateException("while running the route", new RuntimeException("jdbi", cause));
  }

  @Test
  void connectionFailuresAndServerShutdownsAreUnavailable() {
    assertThat(DatabaseFailure.of(wrapped(new SQLException("I/O error", "08006")))).contains(DatabaseFailure.UNAVAILABLE);
    assertThat(DatabaseFailure.of(wrapped(new SQLException("refused", "08001")))).contains(DatabaseFailure.UNAVAILABLE);
    assertThat(DatabaseFailure.of(wrapped(new SQLException("terminating connection due to administrator command", "57P01"))))
        .contains(DatabaseFailure.UNAVAILABLE);
    assertThat(DatabaseFailure.of(wrapped(new SQLException("crash", "57P02")))).contains(DatabaseFailure.UNAVAILABLE);
    assertThat(DatabaseFailure.of(wrapped(new SQLException("the database system is starting up", "57P03"))))
        .contains(DatabaseFailure.UNAVAILABLE);
    assertThat(DatabaseFailure.of(wrapped(new ConnectException("Connection refused")))).contains(DatabaseFailure.UNAVAILABLE);
  }

  @Test
  void aPoolTimeoutIsBusyWhenEveryConnectionIsInUseAndUnavailableWhenNoneCouldBeOpened() {
    assertThat(DatabaseFailure.of(wrapped(new SQLTransientConnectionException("Connection is not available"))))
        .contains(DatabaseFailure.BUSY);
    assertThat(DatabaseFailure.of(wrapped(new SQLTransientConnectionException("Connection is not available", "08001",
        new SQLException("Connection refused", "08001"))))).contains(DatabaseFailure.UNAVAILABLE);
  }

  @Test
  void aCancelledStatementTimedOutAndLockWaitsAreBusy() {
    assertThat(DatabaseFailure.of(wrapped(new SQLException("canceling statement due to statement timeout", "57014"))))
        .contains(DatabaseFailure.TIMED_OUT);
    assertThat(DatabaseFailure.of(wrapped(new SQLException("could not obtain lock", "55P03")))).contains(DatabaseFailure.BUSY);
    assertThat(DatabaseFailure.of(wrapped(new SQLException("deadlock detected", "40P01")))).contains(DatabaseFailure.BUSY);
  }

  @Test
  void theBrokersOwnVerdictsWin() {
    assertThat(DatabaseFailure.of(wrapped(new DatabaseFailure.Failed(DatabaseFailure.COMMIT_OUTCOME_UNKNOWN, "lost",
        new SQLException("I/O error", "08006"))))).contains(DatabaseFailure.COMMIT_OUTCOME_UNKNOWN);
    assertThat(DatabaseFailure.of(new DatabaseFailure.Failed(DatabaseFailure.CLIENT_GONE, "gone",
        new SQLException("canceling statement due to user request", "57014")))).contains(DatabaseFailure.CLIENT_GONE);
  }

  @Test
  void failuresOfTheRequestItselfAreNotTheDatabases() {
    assertThat(DatabaseFailure.of(wrapped(new SQLException("duplicate key", "23505")))).isEmpty();
    assertThat(DatabaseFailure.of(wrapped(new SQLException("value too long", "22001")))).isEmpty();
    assertThat(DatabaseFailure.of(new IllegalArgumentException("bad"))).isEmpty();
  }
}
