package dev.treaty.broker.internal.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** Access tokens, found by the SHA-256 of their secret; the secret itself is never stored. */
public final class TokenStore {
  private static final String COLUMNS = "id, uuid, name, role, created_by, created_at, expires_at, last_used_at, revoked_at";
  private static final RowMapper<ApiToken> TOKEN = (rs, ctx) -> new ApiToken(rs.getLong("id"), rs.getString("uuid"),
      rs.getString("name"), rs.getString("role"), rs.getString("created_by"), Rows.instant(rs, "created_at"),
      Rows.instant(rs, "expires_at"), Rows.instant(rs, "last_used_at"), Rows.instant(rs, "revoked_at"));

  private final Handle handle;
  private final Instant now;

  TokenStore(Handle handle, Instant now) {
    this.handle = handle;
    this.now = now;
  }

  public ApiToken create(String name, String role, String secretSha256, String createdBy, Instant expiresAt) {
    String uuid = UUID.randomUUID().toString();
    handle.createUpdate("""
            INSERT INTO api_tokens (uuid, name, role, secret_sha256, created_by, created_at, expires_at)
            VALUES (:uuid, :name, :role, :secret, :createdBy, :now, :expiresAt)""")
        .bind("uuid", uuid)
        .bind("name", name)
        .bind("role", role)
        .bind("secret", secretSha256)
        .bind("createdBy", createdBy)
        .bind("now", now)
        .bind("expiresAt", expiresAt)
        .execute();
    return findByUuid(uuid).orElseThrow();
  }

  public Optional<ApiToken> findBySecret(String secretSha256) {
    return handle.createQuery("SELECT " + COLUMNS + " FROM api_tokens WHERE secret_sha256 = :secret")
        .bind("secret", secretSha256).map(TOKEN).findOne();
  }

  public Optional<ApiToken> findByUuid(String uuid) {
    return handle.createQuery("SELECT " + COLUMNS + " FROM api_tokens WHERE uuid = :uuid").bind("uuid", uuid).map(TOKEN).findOne();
  }

  /** Every token, newest first, revoked ones included. */
  public List<ApiToken> list() {
    return handle.createQuery("SELECT " + COLUMNS + " FROM api_tokens ORDER BY id DESC").map(TOKEN).list();
  }

  /** Marks the token revoked now (a revoked token stays revoked at its first time). */
  public void revoke(long id) {
    handle.createUpdate("UPDATE api_tokens SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
        .bind("now", now).bind("id", id).execute();
  }

  /** Records that the token was used now. */
  public void touch(long id) {
    handle.createUpdate("UPDATE api_tokens SET last_used_at = :now WHERE id = :id").bind("now", now).bind("id", id).execute();
  }

  /** How many tokens are stored and not revoked. */
  public int countActive() {
    return handle.createQuery("SELECT COUNT(*) FROM api_tokens WHERE revoked_at IS NULL").mapTo(Integer.class).one();
  }
}
