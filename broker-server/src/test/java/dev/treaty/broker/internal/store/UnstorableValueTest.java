package dev.treaty.broker.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The backstop behind api.FieldLimits: which database refusals are the value's fault (400), found anywhere in the cause chain. */
class UnstorableValueTest {
  @Test
  void aStringTooLongForItsColumnIsTheValuesFaultWhereverItIsWrapped() {
    SQLException tooLong = new SQLException("Value too long for column \"NAME CHARACTER VARYING(255)\"\nSQL statement: INSERT ...", "22001");

    assertThat(UnstorableValue.of(new IllegalStateException("write failed", new RuntimeException(tooLong))))
        .contains("Value too long for column \"NAME CHARACTER VARYING(255)\"");
  }

  @Test
  void postgresqlRefusingANulIsTheValuesFault() {
    assertThat(UnstorableValue.of(new SQLException("ERROR: invalid byte sequence for encoding \"UTF8\": 0x00", "22021")))
        .contains("ERROR: invalid byte sequence for encoding \"UTF8\": 0x00");
  }

  @Test
  void otherDatabaseFailuresAreNot() {
    assertThat(UnstorableValue.of(new SQLException("duplicate key", "23505"))).isEmpty();
    assertThat(UnstorableValue.of(new SQLException("no state"))).isEmpty();
    assertThat(UnstorableValue.of(new IllegalStateException("not SQL"))).isEmpty();
  }
}
