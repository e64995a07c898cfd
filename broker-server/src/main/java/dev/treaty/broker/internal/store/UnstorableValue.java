package dev.treaty.broker.internal.store;

import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

/**
 * A value the database refused to store or compare because of the value itself: a string longer
 * than its column (SQLState 22001 on both databases) or a character PostgreSQL cannot hold
 * (22021, e.g. NUL). {@code api.FieldLimits} keeps such values from reaching the database; this
 * is the backstop that makes one that slips through a 400 instead of a 500.
 */
public final class UnstorableValue {
  /** string_data_right_truncation, character_not_in_repertoire, untranslatable_character. */
  private static final Set<String> STATES = Set.of("22001", "22021", "22P05");

  private UnstorableValue() {}

  /** The database's own words for the refused value, found anywhere in {@code failure}'s cause chain. */
  public static Optional<String> of(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null && STATES.contains(sql.getSQLState())) {
        String message = sql.getMessage() == null ? sql.getSQLState() : sql.getMessage();
        return Optional.of(message.lines().findFirst().orElse(message));
      }
    }
    return Optional.empty();
  }
}
