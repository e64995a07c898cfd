package dev.treaty.broker.internal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Verification results: stored against the pact version (the content) and the provider version
 * that verified it, numbered by their id (a global sequence), read back per pact version and per
 * provider version.
 */
public final class VerificationStore {
  private static final String SELECT = """
      SELECT v.id, v.success, v.wip, v.pending, v.build_url, v.verified_by, v.test_results, v.other_fields,
             v.execution_date, p.name AS provider_name, c.name AS consumer_name, pv.sha, prv.number AS provider_version,
             (SELECT cv.number FROM pact_publications pp JOIN versions cv ON cv.id = pp.consumer_version_id
              WHERE pp.pact_version_id = v.pact_version_id ORDER BY cv.version_order DESC LIMIT 1) AS consumer_version
      FROM verifications v
      JOIN pacticipants p ON p.id = v.provider_id
      JOIN pacticipants c ON c.id = v.consumer_id
      JOIN pact_versions pv ON pv.id = v.pact_version_id
      JOIN versions prv ON prv.id = v.provider_version_id
      """;

  private final Handle handle;
  private final Instant now;
  private final VersionStore versions;

  VerificationStore(Handle handle, Instant now, VersionStore versions) {
    this.handle = handle;
    this.now = now;
    this.versions = versions;
  }

  /** A pact version, with the names of its consumer and provider. */
  public record PactVersionRef(long id, long consumerId, String consumer, long providerId, String provider, String sha) {}

  /** What a verifier published, ready to insert. JSON fields are kept as the verifier sent them. */
  public record NewVerification(PactVersionRef pact, String providerVersion, boolean success, boolean wip, Boolean pending,
      String buildUrl, String verifiedBy, String testResults, String otherFields) {}

  /** A stored verification result; {@code number} is its id. */
  public record Verification(long number, String provider, String consumer, String sha, String providerVersion,
      String consumerVersion, boolean success, boolean wip, Boolean pending, String buildUrl, String verifiedBy,
      String testResults, String otherFields, OffsetDateTime executionDate) {}

  public Optional<PactVersionRef> pactVersion(String provider, String consumer, String sha) {
    return handle.createQuery("""
            SELECT pv.id, c.id AS consumer_id, c.name AS consumer_name, p.id AS provider_id, p.name AS provider_name, pv.sha
            FROM pact_versions pv
            JOIN pacticipants c ON c.id = pv.consumer_id
            JOIN pacticipants p ON p.id = pv.provider_id
            WHERE p.name = :provider AND c.name = :consumer AND pv.sha = :sha
            """)
        .bind("provider", provider).bind("consumer", consumer).bind("sha", sha)
        .map((rs, ctx) -> new PactVersionRef(rs.getLong("id"), rs.getLong("consumer_id"), rs.getString("consumer_name"),
            rs.getLong("provider_id"), rs.getString("provider_name"), rs.getString("sha")))
        .findOne();
  }

  /** Inserts the verification, creating the provider version when it is new; returns its number. */
  public long insert(NewVerification v) {
    // The same find-or-create as publishing, so provider versions are ordered like every other version.
    long providerVersionId = versions.findOrCreate(v.pact().providerId(), v.providerVersion()).value().id();
    return handle.createUpdate("""
            INSERT INTO verifications (pact_version_id, provider_version_id, provider_id, consumer_id, success, wip, pending,
                                       build_url, verified_by, test_results, other_fields, execution_date, created_at)
            VALUES (:pactVersion, :providerVersion, :provider, :consumer, :success, :wip, :pending,
                    :buildUrl, :verifiedBy, :testResults, :otherFields, :at, :at)
            """)
        .bind("pactVersion", v.pact().id())
        .bind("providerVersion", providerVersionId)
        .bind("provider", v.pact().providerId())
        .bind("consumer", v.pact().consumerId())
        .bind("success", v.success())
        .bind("wip", v.wip())
        .bind("pending", v.pending())
        .bind("buildUrl", v.buildUrl())
        .bind("verifiedBy", v.verifiedBy())
        .bind("testResults", v.testResults())
        .bind("otherFields", v.otherFields())
        .bind("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
  }

  public Optional<Verification> byNumber(long pactVersionId, long number) {
    return handle.createQuery(SELECT + " WHERE v.id = :number AND v.pact_version_id = :pactVersion")
        .bind("number", number).bind("pactVersion", pactVersionId)
        .map(VerificationStore::verification).findOne();
  }

  /** Every result for a pact version, newest first. */
  public List<Verification> forPactVersion(long pactVersionId) {
    return handle.createQuery(SELECT + " WHERE v.pact_version_id = :pactVersion ORDER BY v.id DESC")
        .bind("pactVersion", pactVersionId)
        .map(VerificationStore::verification).list();
  }

  /** Every result published by one version of a provider, newest first. */
  public List<Verification> forProviderVersion(long providerVersionId) {
    return handle.createQuery(SELECT + " WHERE v.provider_version_id = :providerVersion ORDER BY v.id DESC")
        .bind("providerVersion", providerVersionId)
        .map(VerificationStore::verification).list();
  }

  private static Verification verification(ResultSet rs, StatementContext ctx) throws SQLException {
    Object pending = rs.getObject("pending");
    return new Verification(rs.getLong("id"), rs.getString("provider_name"), rs.getString("consumer_name"), rs.getString("sha"),
        rs.getString("provider_version"), rs.getString("consumer_version"), rs.getBoolean("success"), rs.getBoolean("wip"),
        pending == null ? null : rs.getBoolean("pending"), rs.getString("build_url"), rs.getString("verified_by"),
        rs.getString("test_results"), rs.getString("other_fields"), rs.getObject("execution_date", OffsetDateTime.class));
  }
}
