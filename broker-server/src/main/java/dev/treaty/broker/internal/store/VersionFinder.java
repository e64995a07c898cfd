package dev.treaty.broker.internal.store;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Finds a pacticipant's version by number or creates it as the newest (highest order). Verification
 * publishing needs this for the provider version; concurrent creators are settled by the unique
 * constraints (ON CONFLICT DO NOTHING, then read again), never by a 500.
 */
public final class VersionFinder {
  private static final int ATTEMPTS = 5;

  private VersionFinder() {}

  public static Optional<Long> find(Handle handle, long pacticipantId, String number) {
    return handle.createQuery("SELECT id FROM versions WHERE pacticipant_id = :pacticipant AND number = :number")
        .bind("pacticipant", pacticipantId).bind("number", number)
        .mapTo(Long.class).findOne();
  }

  public static long findOrCreate(Handle handle, long pacticipantId, String number, OffsetDateTime at) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Optional<Long> existing = find(handle, pacticipantId, number);
      if (existing.isPresent()) {
        return existing.get();
      }
      long order = handle.createQuery("SELECT COALESCE(MAX(version_order), 0) + 1 FROM versions WHERE pacticipant_id = :pacticipant")
          .bind("pacticipant", pacticipantId).mapTo(Long.class).one();
      handle.createUpdate("""
              INSERT INTO versions (pacticipant_id, number, version_order, created_at)
              VALUES (:pacticipant, :number, :order, :at) ON CONFLICT DO NOTHING
              """)
          .bind("pacticipant", pacticipantId).bind("number", number).bind("order", order).bind("at", at)
          .execute();
    }
    return find(handle, pacticipantId, number)
        .orElseThrow(() -> new IllegalStateException("could not create version " + number + " of pacticipant " + pacticipantId));
  }
}
