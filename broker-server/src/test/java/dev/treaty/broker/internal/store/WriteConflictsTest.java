package dev.treaty.broker.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.h2.api.ErrorCode;
import org.h2.message.DbException;
import org.junit.jupiter.api.Test;

class WriteConflictsTest {
  @Test
  void aUniqueViolationAnywhereInTheChainIsRetryable() {
    assertThat(WriteConflicts.isCause(new RuntimeException(new SQLException("duplicate key", "23505")))).isTrue();
  }

  @Test
  void h2LockTimeoutAndConcurrentUpdateAreRetryable() {
    assertThat(WriteConflicts.isCause(new RuntimeException(DbException.get(ErrorCode.LOCK_TIMEOUT_1, "pacticipants").getSQLException()))).isTrue();
    assertThat(WriteConflicts.isCause(DbException.get(ErrorCode.CONCURRENT_UPDATE_1, "pacticipants").getSQLException())).isTrue();
  }

  @Test
  void aPostgresqlDeadlockIsRetryable() {
    assertThat(WriteConflicts.isCause(new SQLException("deadlock detected", "40P01"))).isTrue();
  }

  @Test
  void otherFailuresAreNot() {
    assertThat(WriteConflicts.isCause(new SQLException("syntax", "42601"))).isFalse();
    assertThat(WriteConflicts.isCause(new SQLException("another driver's code", "HY000", 50200))).as("50200 from a driver other than H2").isFalse();
    assertThat(WriteConflicts.isCause(new IllegalStateException("no SQL at all"))).isFalse();
    assertThat(WriteConflicts.isCause(new IllegalStateException("no turn to write", new java.sql.SQLTransientConnectionException("waited")))).as("no SQLState (a wait for the embedded writer)").isFalse();
  }
}
