package dev.treaty.broker.internal.store;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** The audit log: one row per acknowledged write request, written in that write's transaction. */
public final class AuditStore {
  private static final RowMapper<AuditEvent> EVENT = (rs, ctx) -> new AuditEvent(rs.getLong("id"),
      Rows.instant(rs, "occurred_at"), rs.getString("actor"), rs.getString("token_uuid"), rs.getString("role"),
      rs.getString("method"), rs.getString("path"), rs.getString("remote_address"), rs.getString("user_agent"));

  private final Handle handle;
  private final Instant now;

  AuditStore(Handle handle, Instant now) {
    this.handle = handle;
    this.now = now;
  }

  public void record(AuditEvent.Entry entry) {
    handle.createUpdate("""
            INSERT INTO audit_events (occurred_at, actor, token_uuid, role, method, path, remote_address, user_agent)
            VALUES (:now, :actor, :tokenUuid, :role, :method, :path, :remoteAddress, :userAgent)""")
        .bind("now", now)
        .bind("actor", entry.actor())
        .bind("tokenUuid", entry.tokenUuid())
        .bind("role", entry.role())
        .bind("method", entry.method())
        .bind("path", entry.path())
        .bind("remoteAddress", entry.remoteAddress())
        .bind("userAgent", entry.userAgent())
        .execute();
  }

  /** Up to {@code limit} events newest first, those with an id below {@code beforeId} when it is not null. */
  public List<AuditEvent> page(Long beforeId, int limit) {
    var query = handle.createQuery("SELECT id, occurred_at, actor, token_uuid, role, method, path, remote_address, user_agent"
            + " FROM audit_events" + (beforeId == null ? "" : " WHERE id < :before") + " ORDER BY id DESC LIMIT :limit")
        .bind("limit", limit);
    if (beforeId != null) {
      query.bind("before", beforeId.longValue());
    }
    return query.map(EVENT).list();
  }
}
