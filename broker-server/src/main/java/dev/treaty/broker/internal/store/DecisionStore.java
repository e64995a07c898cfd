package dev.treaty.broker.internal.store;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Kept can-i-deploy decisions: the query, the verdict and the whole answer as JSON, by uuid. */
public final class DecisionStore {
  private final Handle handle;
  private final Instant now;

  DecisionStore(Handle handle, Instant now) {
    this.handle = handle;
    this.now = now;
  }

  /** A kept decision; {@code answerJson} is the answer as it was given. */
  public record Decision(String uuid, String query, Boolean deployable, String answerJson, Instant decidedAt) {}

  public void keep(String uuid, String query, Boolean deployable, String answerJson) {
    handle.createUpdate("INSERT INTO decisions (uuid, query, deployable, answer, created_at) VALUES (:uuid, :query, :deployable, :answer, :now)")
        .bind("uuid", uuid)
        .bind("query", query)
        .bind("deployable", deployable)
        .bind("answer", answerJson)
        .bind("now", now)
        .execute();
  }

  public Optional<Decision> find(String uuid) {
    return handle.createQuery("SELECT uuid, query, deployable, answer, created_at FROM decisions WHERE uuid = :uuid")
        .bind("uuid", uuid)
        .map((rs, ctx) -> new Decision(rs.getString("uuid"), rs.getString("query"),
            rs.getObject("deployable") == null ? null : rs.getBoolean("deployable"), rs.getString("answer"), Rows.instant(rs, "created_at")))
        .findOne();
  }
}
