package dev.treaty.broker.internal.store;

import java.time.Instant;
import java.util.List;
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

  /** Marks the deployment as no longer current (record-undeployment); a repeat changes nothing. */
  public DeployedVersion undeploy(DeployedVersion deployed) {
    handle.createUpdate("UPDATE deployed_versions SET currently_deployed = FALSE, undeployed_at = :now WHERE id = :id AND currently_deployed = TRUE")
        .bind("now", now).bind("id", deployed.id()).execute();
    return findDeployed(deployed.uuid()).orElseThrow();
  }

  /** Marks the release as no longer supported (record-support-ended); a repeat changes nothing. */
  public ReleasedVersion endSupport(ReleasedVersion released) {
    handle.createUpdate("UPDATE released_versions SET currently_supported = FALSE, support_ended_at = :now WHERE id = :id AND currently_supported = TRUE")
        .bind("now", now).bind("id", released.id()).execute();
    return findReleased(released.uuid()).orElseThrow();
  }

  /** A deployment or release with the names of its pacticipant and version, for lists (one query, no lookups per record). */
  public record Named<T>(T record, String pacticipant, String version) {}

  /**
   * The deployments currently recorded in the environment, oldest first, optionally only of one
   * pacticipant (name), version (number) and application instance; null means any.
   */
  public List<Named<DeployedVersion>> currentlyDeployed(long environmentId, String pacticipant, String version, String instance) {
    return handle.createQuery("SELECT d.id, d.uuid, d.version_id, d.pacticipant_id, d.environment_id, d.application_instance,"
            + " d.currently_deployed, d.created_at, d.undeployed_at, p.name AS pacticipant_name, v.number AS version_number"
            + " FROM deployed_versions d JOIN pacticipants p ON p.id = d.pacticipant_id JOIN versions v ON v.id = d.version_id"
            + " WHERE d.environment_id = :environment AND d.currently_deployed = TRUE"
            + filters(pacticipant, version) + (instance == null ? "" : " AND d.application_instance = :instance")
            + " ORDER BY d.id")
        .bind("environment", environmentId).bindMap(present("pacticipant", pacticipant, "version", version, "instance", instance))
        .map((rs, ctx) -> new Named<>(DEPLOYED_ROW.map(rs, ctx), rs.getString("pacticipant_name"), rs.getString("version_number")))
        .list();
  }

  /** The releases currently supported in the environment, oldest first, optionally of one pacticipant and version. */
  public List<Named<ReleasedVersion>> currentlySupported(long environmentId, String pacticipant, String version) {
    return handle.createQuery("SELECT d.id, d.uuid, d.version_id, d.pacticipant_id, d.environment_id, d.currently_supported,"
            + " d.created_at, d.support_ended_at, p.name AS pacticipant_name, v.number AS version_number"
            + " FROM released_versions d JOIN pacticipants p ON p.id = d.pacticipant_id JOIN versions v ON v.id = d.version_id"
            + " WHERE d.environment_id = :environment AND d.currently_supported = TRUE" + filters(pacticipant, version)
            + " ORDER BY d.id")
        .bind("environment", environmentId).bindMap(present("pacticipant", pacticipant, "version", version, "instance", null))
        .map((rs, ctx) -> new Named<>(RELEASED_ROW.map(rs, ctx), rs.getString("pacticipant_name"), rs.getString("version_number")))
        .list();
  }

  /** The named values that are not null (only those appear in the SQL). */
  private static java.util.Map<String, Object> present(String k1, String v1, String k2, String v2, String k3, String v3) {
    java.util.Map<String, Object> values = new java.util.HashMap<>();
    if (v1 != null) {
      values.put(k1, v1);
    }
    if (v2 != null) {
      values.put(k2, v2);
    }
    if (v3 != null) {
      values.put(k3, v3);
    }
    return values;
  }

  private static String filters(String pacticipant, String version) {
    return (pacticipant == null ? "" : " AND p.name = :pacticipant") + (version == null ? "" : " AND v.number = :version");
  }

  /** Every deployment of one version (current and past), newest first. */
  public List<DeployedVersion> deploymentsOf(long versionId) {
    return handle.createQuery(DEPLOYED + "WHERE version_id = :version ORDER BY id DESC").bind("version", versionId).map(DEPLOYED_ROW).list();
  }

  /** Every release of one version (supported or not), newest first. */
  public List<ReleasedVersion> releasesOf(long versionId) {
    return handle.createQuery(RELEASED + "WHERE version_id = :version ORDER BY id DESC").bind("version", versionId).map(RELEASED_ROW).list();
  }

  /** Deletes the records of an environment that are no longer current (before the environment itself is deleted). */
  public void deletePastRecords(long environmentId) {
    handle.createUpdate("DELETE FROM deployed_versions WHERE environment_id = :environment AND currently_deployed = FALSE")
        .bind("environment", environmentId).execute();
    handle.createUpdate("DELETE FROM released_versions WHERE environment_id = :environment AND currently_supported = FALSE")
        .bind("environment", environmentId).execute();
  }

  public Optional<DeployedVersion> findDeployed(String uuid) {
    return handle.createQuery(DEPLOYED + "WHERE uuid = :uuid").bind("uuid", uuid).map(DEPLOYED_ROW).findOne();
  }

  public Optional<ReleasedVersion> findReleased(String uuid) {
    return handle.createQuery(RELEASED + "WHERE uuid = :uuid").bind("uuid", uuid).map(RELEASED_ROW).findOne();
  }
}
