package dev.treaty.broker.internal.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Versions of a pacticipant: find-or-create (taking the next order), build URL, newest first. */
public final class VersionStore {
  private static final String SELECT = "SELECT " + Rows.VERSION_COLUMNS + " FROM versions v ";

  private final Handle handle;
  private final Instant now;

  VersionStore(Handle handle, Instant now) {
    this.handle = handle;
    this.now = now;
  }

  public Optional<Version> find(long pacticipantId, String number) {
    return handle.createQuery(SELECT + "WHERE v.pacticipant_id = :pacticipant AND v.number = :number")
        .bind("pacticipant", pacticipantId)
        .bind("number", number)
        .map(Rows.VERSION)
        .findOne();
  }

  public Optional<Version> findById(long id) {
    return handle.createQuery(SELECT + "WHERE v.id = :id").bind("id", id).map(Rows.VERSION).findOne();
  }

  /** Version {@code number} of the pacticipant, created as its newest version when missing. */
  public Saved<Version> findOrCreate(long pacticipantId, String number) {
    int inserted = handle.createUpdate("""
            INSERT INTO versions (pacticipant_id, number, version_order, build_url, created_at)
            VALUES (:pacticipant, :number, nextval('version_order_seq'), NULL, :now)
            ON CONFLICT DO NOTHING""")
        .bind("pacticipant", pacticipantId)
        .bind("number", number)
        .bind("now", now)
        .execute();
    return new Saved<>(find(pacticipantId, number).orElseThrow(), inserted == 1);
  }

  /** Sets the build URL when {@code buildUrl} is given and differs; returns the version as stored. */
  public Version setBuildUrl(Version version, String buildUrl) {
    if (buildUrl == null || buildUrl.equals(version.buildUrl())) {
      return version;
    }
    handle.createUpdate("UPDATE versions SET build_url = :url WHERE id = :id")
        .bind("url", buildUrl)
        .bind("id", version.id())
        .execute();
    return new Version(version.id(), version.pacticipantId(), version.number(), version.versionOrder(), buildUrl, version.createdAt());
  }

  /** One page of the pacticipant's versions, newest first. */
  public List<Version> newestFirst(long pacticipantId, int offset, int limit) {
    return handle.createQuery(SELECT + "WHERE v.pacticipant_id = :pacticipant ORDER BY v.version_order DESC LIMIT :limit OFFSET :offset")
        .bind("pacticipant", pacticipantId)
        .bind("limit", limit)
        .bind("offset", offset)
        .map(Rows.VERSION)
        .list();
  }

  public long count(long pacticipantId) {
    return handle.createQuery("SELECT COUNT(*) FROM versions WHERE pacticipant_id = :pacticipant")
        .bind("pacticipant", pacticipantId)
        .mapTo(Long.class)
        .one();
  }

  /** The pacticipant's newest version. */
  public Optional<Version> latest(long pacticipantId) {
    return handle.createQuery(SELECT + "WHERE v.pacticipant_id = :pacticipant ORDER BY v.version_order DESC LIMIT 1")
        .bind("pacticipant", pacticipantId)
        .map(Rows.VERSION)
        .findOne();
  }

  /** The pacticipant's newest version carrying tag {@code tag} (the tag head). */
  public Optional<Version> latestWithTag(long pacticipantId, String tag) {
    return handle.createQuery(SELECT + """
            JOIN tags t ON t.version_id = v.id
            WHERE v.pacticipant_id = :pacticipant AND t.name = :tag
            ORDER BY v.version_order DESC LIMIT 1""")
        .bind("pacticipant", pacticipantId)
        .bind("tag", tag)
        .map(Rows.VERSION)
        .findOne();
  }
}
