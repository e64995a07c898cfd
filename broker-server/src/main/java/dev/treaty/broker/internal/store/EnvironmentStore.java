package dev.treaty.broker.internal.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** Deployment environments (test and production are seeded by migration V3). */
public final class EnvironmentStore {
  private static final String SELECT = "SELECT " + Rows.ENVIRONMENT_COLUMNS + " FROM environments e ";

  private final Handle handle;
  private final Instant now;

  EnvironmentStore(Handle handle, Instant now) {
    this.handle = handle;
    this.now = now;
  }

  /** Creates an environment with a fresh uuid; the caller has checked the name is free. */
  public Environment create(String name, String displayName, boolean production, String contactsJson) {
    String uuid = UUID.randomUUID().toString();
    handle.createUpdate("""
            INSERT INTO environments (uuid, name, display_name, production, contacts, created_at)
            VALUES (:uuid, :name, :displayName, :production, :contacts, :now)""")
        .bind("uuid", uuid)
        .bind("name", name)
        .bind("displayName", displayName)
        .bind("production", production)
        .bind("contacts", contactsJson)
        .bind("now", now)
        .execute();
    return findByUuid(uuid).orElseThrow();
  }

  /** Replaces name, display name, production flag and contacts of environment {@code id}; the caller has checked the name is free. */
  public Environment update(long id, String name, String displayName, boolean production, String contactsJson) {
    handle.createUpdate("UPDATE environments SET name = :name, display_name = :displayName, production = :production, contacts = :contacts WHERE id = :id")
        .bind("name", name)
        .bind("displayName", displayName)
        .bind("production", production)
        .bind("contacts", contactsJson)
        .bind("id", id)
        .execute();
    return findById(id).orElseThrow();
  }

  /** Deletes the environment; the caller has removed or refused its deployment records. */
  public void delete(long id) {
    handle.createUpdate("DELETE FROM environments WHERE id = :id").bind("id", id).execute();
  }

  public Optional<Environment> findByUuid(String uuid) {
    return handle.createQuery(SELECT + "WHERE e.uuid = :uuid").bind("uuid", uuid).map(Rows.ENVIRONMENT).findOne();
  }

  public Optional<Environment> findById(long id) {
    return handle.createQuery(SELECT + "WHERE e.id = :id").bind("id", id).map(Rows.ENVIRONMENT).findOne();
  }

  public Optional<Environment> findByName(String name) {
    return handle.createQuery(SELECT + "WHERE e.name = :name").bind("name", name).map(Rows.ENVIRONMENT).findOne();
  }

  /** Every environment, by name. */
  public List<Environment> list() {
    return handle.createQuery(SELECT + "ORDER BY e.name").map(Rows.ENVIRONMENT).list();
  }
}
