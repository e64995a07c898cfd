package dev.treaty.broker.internal.store;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Deployed and released versions. Deploying replaces the version currently deployed for the same
 * pacticipant, environment and application instance; releasing leaves earlier releases supported.
 */
public final class DeploymentStore {
  private static final String DEPLOYED = """
      SELECT id, uuid, version_id, pacticipant_id, environment_id, application_instance, currently_deployed, created_at, undeployed_at
        FROM deployed_versions
      """;
  private static final String RELEASED = """
      SELECT id, uuid, version_id, pacticipant_id, environment_id, currently_supported, created_at, support_ended_at
        FROM released_versions
      """;
  private static final RowMapper<DeployedVersion> DEPLOYED_ROW = (rs, ctx) -> new DeployedVersion(
      rs.getLong("id"), rs.getString("uuid"), rs.getLong("version_id"), rs.getLong("pacticipant_id"),
      rs.getLong("environment_id"), rs.getString("application_instance"), rs.getBoolean("currently_deployed"),
      Rows.instant(rs, "created_at"), Rows.instant(rs, "undeployed_at"));
  private static final RowMapper<ReleasedVersion> RELEASED_ROW = (rs, ctx) -> new ReleasedVersion(
      rs.getLong("id"), rs.getString("uuid"), rs.getLong("version_id"), rs.getLong("pacticipant_id"),
      rs.getLong("environment_id"), rs.getBoolean("currently_supported"),
      Rows.instant(rs, "created_at"), Rows.instant(rs, "support_ended_at"));

  private final Handle handle;
  private final Instant now;

  DeploymentStore(Handle handle, Instant now) {
    this.handle = handle;
    this.now = now;
  }

  /**
   * Records that {@code version} is deployed to the environment (and instance, may be null). When it
   * already is, the existing record is returned ({@code created} false).
   */
  public Saved<DeployedVersion> recordDeployment(Version version, Environment environment, String applicationInstance) {
    Optional<DeployedVersion> existing = handle.createQuery(DEPLOYED + """
            WHERE version_id = :version AND environment_id = :environment AND currently_deployed = TRUE
              AND (application_instance = :instance OR (application_instance IS NULL AND :instance IS NULL))""")
        .bind("version", version.id())
        .bind("environment", environment.id())
        .bind("instance", applicationInstance)
        .map(DEPLOYED_ROW)
        .findFirst();
    if (existing.isPresent()) {
      return new Saved<>(existing.get(), false);
    }
    handle.createUpdate("""
            UPDATE deployed_versions SET currently_deployed = FALSE, undeployed_at = :now
             WHERE pacticipant_id = :pacticipant AND environment_id = :environment AND currently_deployed = TRUE
               AND (application_instance = :instance OR (application_instance IS NULL AND :instance IS NULL))""")
        .bind("now", now)
        .bind("pacticipant", version.pacticipantId())
        .bind("environment", environment.id())
        .bind("instance", applicationInstance)
        .execute();
    String uuid = UUID.randomUUID().toString();
    handle.createUpdate("""
            INSERT INTO deployed_versions (uuid, version_id, pacticipant_id, environment_id, application_instance, currently_deployed, created_at)
            VALUES (:uuid, :version, :pacticipant, :environment, :instance, TRUE, :now)""")
        .bind("uuid", uuid)
        .bind("version", version.id())
        .bind("pacticipant", version.pacticipantId())
        .bind("environment", environment.id())
        .bind("instance", applicationInstance)
        .bind("now", now)
        .execute();
    return new Saved<>(findDeployed(uuid).orElseThrow(), true);
  }

  /** Records that {@code version} is released to the environment; a repeat returns the existing record. */
  public Saved<ReleasedVersion> recordRelease(Version version, Environment environment) {
    int inserted = handle.createUpdate("""
            INSERT INTO released_versions (uuid, version_id, pacticipant_id, environment_id, currently_supported, created_at)
            VALUES (:uuid, :version, :pacticipant, :environment, TRUE, :now) ON CONFLICT DO NOTHING""")
        .bind("uuid", UUID.randomUUID().toString())
        .bind("version", version.id())
        .bind("pacticipant", version.pacticipantId())
        .bind("environment", environment.id())
        .bind("now", now)
        .execute();
    if (inserted == 0) {
      handle.createUpdate("UPDATE released_versions SET currently_supported = TRUE, support_ended_at = NULL WHERE version_id = :version AND environment_id = :environment")
          .bind("version", version.id())
          .bind("environment", environment.id())
          .execute();
    }
    ReleasedVersion released = handle.createQuery(RELEASED + "WHERE version_id = :version AND environment_id = :environment")
        .bind("version", version.id())
        .bind("environment", environment.id())
        .map(RELEASED_ROW)
        .one();
    return new Saved<>(released, inserted == 1);
  }

  public Optional<DeployedVersion> findDeployed(String uuid) {
    return handle.createQuery(DEPLOYED + "WHERE uuid = :uuid").bind("uuid", uuid).map(DEPLOYED_ROW).findOne();
  }

  public Optional<ReleasedVersion> findReleased(String uuid) {
    return handle.createQuery(RELEASED + "WHERE uuid = :uuid").bind("uuid", uuid).map(RELEASED_ROW).findOne();
  }
}
