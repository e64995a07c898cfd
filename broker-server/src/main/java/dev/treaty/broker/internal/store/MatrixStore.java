package dev.treaty.broker.internal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The SQL behind the matrix and can-i-deploy: every query takes sets of ids (never one query per
 * row), so an answer costs the same handful of queries however many versions and consumers it
 * touches. Only the current revision of a publication counts, and per (content, provider version)
 * only the latest verification. Answering "as of" a past time, each query sees only what was
 * recorded by then (and deployments by their deploy/undeploy times instead of the current flag).
 */
public final class MatrixStore {
  private static final String VERSION_COLUMNS = "v.id, v.pacticipant_id, v.number, v.version_order, v.build_url, v.created_at";
  private static final String CURRENT_REVISION = """
      pp.revision = (SELECT MAX(r.revision) FROM pact_publications r
                      WHERE r.consumer_version_id = pp.consumer_version_id AND r.provider_id = pp.provider_id%s)""";
  private static final String PACTS = "SELECT " + VERSION_COLUMNS + """
      , pp.provider_id, pp.pact_version_id, pv.sha, pp.created_at AS published_at
        FROM pact_publications pp
        JOIN versions v ON v.id = pp.consumer_version_id
        JOIN pact_versions pv ON pv.id = pp.pact_version_id
      """;
  private static final RowMapper<MatrixPact> PACT = (rs, ctx) -> new MatrixPact(
      Rows.VERSION.map(rs, ctx), rs.getLong("provider_id"), rs.getLong("pact_version_id"), rs.getString("sha"),
      Rows.instant(rs, "published_at"));

  private final Handle handle;
  private final Instant asOf;

  /** {@code asOf}: answer from what was recorded at that time (null: now, from the current flags). */
  MatrixStore(Handle handle, Instant asOf) {
    this.handle = handle;
    this.asOf = asOf;
  }

  /** {@code predicate} (which uses {@code :asOf}) when answering as of a past time, else nothing. */
  private String then(String predicate) {
    return asOf == null ? "" : " AND " + predicate;
  }

  /** The {@code :asOf} binding, when there is one. */
  private Map<String, Object> asOfBinding() {
    return asOf == null ? Map.of() : Map.of("asOf", asOf);
  }

  /** The current pact of one consumer version with one provider (its content is what gets verified). */
  public record MatrixPact(Version consumerVersion, long providerId, long pactVersionId, String sha, Instant publishedAt) {}

  /** The latest verification of one content by one provider version; JSON fields as the verifier sent them. */
  public record MatrixVerification(long number, long pactVersionId, Version providerVersion, boolean success,
      Boolean pending, boolean wip, String buildUrl, String testResults, Instant executedAt) {}

  /** A version currently deployed ({@code instance} may be null) or released ({@code released}) in an environment. */
  public record Resident(Version version, boolean released, String applicationInstance) {}

  /** Pacticipants by name, in one query; unknown names are missing from the map. */
  public Map<String, Pacticipant> pacticipants(Collection<String> names) {
    Map<String, Pacticipant> found = new LinkedHashMap<>();
    if (names.isEmpty()) {
      return found;
    }
    handle.createQuery("SELECT " + Rows.PACTICIPANT_COLUMNS + " FROM pacticipants p WHERE p.name = ANY(:names)" + then("p.created_at <= :asOf"))
        .bindArray("names", String.class, names).bindMap(asOfBinding()).map(Rows.PACTICIPANT).forEach(p -> found.put(p.name(), p));
    return found;
  }

  /** Pacticipants by id, in one query. */
  public Map<Long, Pacticipant> pacticipantsById(Collection<Long> ids) {
    Map<Long, Pacticipant> found = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    handle.createQuery("SELECT " + Rows.PACTICIPANT_COLUMNS + " FROM pacticipants p WHERE p.id = ANY(:ids)")
        .bindArray("ids", Long.class, ids).map(Rows.PACTICIPANT).forEach(p -> found.put(p.id(), p));
    return found;
  }

  /** Every version of the pacticipant with the tag (newest first), or only the newest. */
  public List<Version> withTag(long pacticipantId, String tag, boolean newestOnly) {
    return handle.createQuery("SELECT " + VERSION_COLUMNS + """
             FROM versions v JOIN tags t ON t.version_id = v.id
            WHERE v.pacticipant_id = :pacticipant AND t.name = :tag%s
            ORDER BY v.version_order DESC LIMIT :limit""".formatted(then("t.created_at <= :asOf AND v.created_at <= :asOf")))
        .bind("pacticipant", pacticipantId).bind("tag", tag).bind("limit", newestOnly ? 1 : 1000).bindMap(asOfBinding())
        .map(Rows.VERSION).list();
  }

  /** Every version on the branch (newest added first), or only the branch head. */
  public List<Version> onBranch(long pacticipantId, String branch, boolean headOnly) {
    return handle.createQuery("SELECT " + VERSION_COLUMNS + """
             FROM branch_versions bv
             JOIN branches b ON b.id = bv.branch_id
             JOIN versions v ON v.id = bv.version_id
            WHERE b.pacticipant_id = :pacticipant AND b.name = :branch%s
            ORDER BY bv.id DESC LIMIT :limit""".formatted(then("bv.created_at <= :asOf AND v.created_at <= :asOf")))
        .bind("pacticipant", pacticipantId).bind("branch", branch).bind("limit", headOnly ? 1 : 1000).bindMap(asOfBinding())
        .map(Rows.VERSION).list();
  }

  /** The pacticipant's versions, newest first (at most {@code limit}). */
  public List<Version> newest(long pacticipantId, int limit) {
    return handle.createQuery("SELECT " + VERSION_COLUMNS + " FROM versions v WHERE v.pacticipant_id = :pacticipant"
            + then("v.created_at <= :asOf") + " ORDER BY v.version_order DESC LIMIT :limit")
        .bind("pacticipant", pacticipantId).bind("limit", limit).bindMap(asOfBinding()).map(Rows.VERSION).list();
  }

  /** Which head {@link #heads} finds for each pacticipant. */
  public enum Head {
    /** The newest version. */
    NEWEST,
    /** The newest version carrying a tag. */
    TAG,
    /** The version most recently added to a branch (or, with no branch name, to the pacticipant's main branch). */
    BRANCH
  }

  /**
   * The head of each pacticipant in one query (never one query per pacticipant: a hub has
   * hundreds of consumers): as {@link #newest}, {@link #withTag} and {@link #onBranch} with only
   * the newest, for all of them at once. {@code name} is the tag or branch ({@code null} with
   * {@link Head#BRANCH}: each one's main branch). Pacticipants without such a version are missing.
   */
  public Map<Long, Version> heads(Collection<Long> pacticipantIds, Head head, String name) {
    Map<Long, Version> heads = new LinkedHashMap<>();
    if (pacticipantIds.isEmpty()) {
      return heads;
    }
    String newestOfEach = switch (head) {
      case NEWEST -> "SELECT h.id FROM versions h WHERE h.pacticipant_id = p.id" + then("h.created_at <= :asOf")
          + " ORDER BY h.version_order DESC LIMIT 1";
      case TAG -> "SELECT h.id FROM versions h JOIN tags t ON t.version_id = h.id WHERE h.pacticipant_id = p.id AND t.name = :name"
          + then("t.created_at <= :asOf AND h.created_at <= :asOf") + " ORDER BY h.version_order DESC LIMIT 1";
      case BRANCH -> "SELECT bv.version_id FROM branch_versions bv JOIN branches b ON b.id = bv.branch_id"
          + (asOf == null ? "" : " JOIN versions h ON h.id = bv.version_id")
          + " WHERE b.pacticipant_id = p.id AND b.name = " + (name == null ? "p.main_branch" : ":name")
          + then("bv.created_at <= :asOf AND h.created_at <= :asOf") + " ORDER BY bv.id DESC LIMIT 1";
    };
    var query = handle.createQuery("SELECT " + VERSION_COLUMNS + " FROM versions v WHERE v.id IN (SELECT (" + newestOfEach
            + ") FROM pacticipants p WHERE p.id = ANY(:ids))")
        .bindArray("ids", Long.class, pacticipantIds).bindMap(asOfBinding());
    if (name != null) {
      query.bind("name", name);
    }
    query.map(Rows.VERSION).forEach(v -> heads.put(v.pacticipantId(), v));
    return heads;
  }

  /** Version {@code number} of the pacticipant. */
  public Optional<Version> version(long pacticipantId, String number) {
    return handle.createQuery("SELECT " + VERSION_COLUMNS + " FROM versions v WHERE v.pacticipant_id = :pacticipant AND v.number = :number"
            + then("v.created_at <= :asOf"))
        .bind("pacticipant", pacticipantId).bind("number", number).bindMap(asOfBinding()).map(Rows.VERSION).findOne();
  }

  /**
   * Every version of the pacticipants currently deployed (any application instance) or released
   * and supported in the environment: all of them, since they all run at once.
   */
  public Map<Long, List<Resident>> residents(Collection<Long> pacticipantIds, long environmentId) {
    Map<Long, List<Resident>> residents = new LinkedHashMap<>();
    if (pacticipantIds.isEmpty()) {
      return residents;
    }
    handle.createQuery("SELECT " + VERSION_COLUMNS + """
            , FALSE AS released, d.application_instance
              FROM deployed_versions d JOIN versions v ON v.id = d.version_id
             WHERE d.environment_id = :environment AND d.pacticipant_id = ANY(:ids) AND %s
            UNION ALL
            SELECT %s, TRUE AS released, NULL AS application_instance
              FROM released_versions r JOIN versions v ON v.id = r.version_id
             WHERE r.environment_id = :environment AND r.pacticipant_id = ANY(:ids) AND %s
            ORDER BY version_order DESC""".formatted(
                asOf == null ? "d.currently_deployed = TRUE" : "d.created_at <= :asOf AND (d.undeployed_at IS NULL OR d.undeployed_at > :asOf)",
                VERSION_COLUMNS,
                asOf == null ? "r.currently_supported = TRUE" : "r.created_at <= :asOf AND (r.support_ended_at IS NULL OR r.support_ended_at > :asOf)"))
        .bind("environment", environmentId).bindArray("ids", Long.class, pacticipantIds).bindMap(asOfBinding())
        .map((rs, ctx) -> new Resident(Rows.VERSION.map(rs, ctx), rs.getBoolean("released"), rs.getString("application_instance")))
        .forEach(r -> residents.computeIfAbsent(r.version().pacticipantId(), id -> new java.util.ArrayList<>()).add(r));
    return residents;
  }

  /** The providers each consumer version has a current pact with (consumer side of the integrations). */
  public List<MatrixPact> pactsOfVersions(Collection<Long> consumerVersionIds) {
    return pactsOfVersions(consumerVersionIds, null);
  }

  /**
   * The current pacts of the consumer versions with the providers (null: with any provider). A hub's
   * consumers have other providers too: reading only the pacts asked for keeps the rows to those.
   */
  public List<MatrixPact> pactsOfVersions(Collection<Long> consumerVersionIds, Collection<Long> providerIds) {
    if (consumerVersionIds.isEmpty() || providerIds != null && providerIds.isEmpty()) {
      return List.of();
    }
    var query = handle.createQuery(PACTS + " WHERE pp.consumer_version_id = ANY(:versions)"
            + (providerIds == null ? "" : " AND pp.provider_id = ANY(:providers)") + " AND " + currentRevision())
        .bindArray("versions", Long.class, consumerVersionIds).bindMap(asOfBinding());
    if (providerIds != null) {
      query.bindArray("providers", Long.class, providerIds);
    }
    return query.map(PACT).list();
  }

  /** The publication's newest revision (as of then, when answering for a past time). */
  private String currentRevision() {
    return CURRENT_REVISION.formatted(then("r.created_at <= :asOf")) + then("pp.created_at <= :asOf");
  }

  /** The current pacts of every version of the consumers with the providers, newest consumer versions first. */
  public List<MatrixPact> pactsOfConsumers(Collection<Long> consumerIds, Collection<Long> providerIds, int limit) {
    if (consumerIds.isEmpty() || providerIds.isEmpty()) {
      return List.of();
    }
    return handle.createQuery(PACTS + " WHERE pp.consumer_id = ANY(:consumers) AND pp.provider_id = ANY(:providers) AND "
            + currentRevision() + " ORDER BY v.version_order DESC LIMIT :limit")
        .bindArray("consumers", Long.class, consumerIds).bindArray("providers", Long.class, providerIds)
        .bind("limit", limit).bindMap(asOfBinding()).map(PACT).list();
  }

  /** (consumer id, provider id) of every integration in which one of {@code providerIds} is the provider. */
  public List<long[]> consumersOf(Collection<Long> providerIds) {
    if (providerIds.isEmpty()) {
      return List.of();
    }
    return handle.createQuery("SELECT DISTINCT consumer_id, provider_id FROM pact_versions WHERE provider_id = ANY(:ids)" + then("created_at <= :asOf"))
        .bindArray("ids", Long.class, providerIds).bindMap(asOfBinding())
        .map((rs, ctx) -> new long[] {rs.getLong("consumer_id"), rs.getLong("provider_id")}).list();
  }

  /** (consumer id, provider id) of every integration between two of {@code pacticipantIds}. */
  public List<long[]> integrationsBetween(Collection<Long> pacticipantIds) {
    if (pacticipantIds.isEmpty()) {
      return List.of();
    }
    return handle.createQuery("SELECT DISTINCT consumer_id, provider_id FROM pact_versions WHERE consumer_id = ANY(:ids) AND provider_id = ANY(:ids)"
            + then("created_at <= :asOf"))
        .bindArray("ids", Long.class, pacticipantIds).bindMap(asOfBinding())
        .map((rs, ctx) -> new long[] {rs.getLong("consumer_id"), rs.getLong("provider_id")}).list();
  }

  /**
   * Per (content, provider version) the latest verification of the contents, by the given provider
   * versions only (or by any version when {@code providerVersionIds} is null). A failed-then-fixed
   * verification therefore counts as fixed.
   */
  public List<MatrixVerification> latestVerifications(Collection<Long> pactVersionIds, Collection<Long> providerVersionIds) {
    if (pactVersionIds.isEmpty() || providerVersionIds != null && providerVersionIds.isEmpty()) {
      return List.of();
    }
    String byVersion = (providerVersionIds == null ? "" : " AND l.provider_version_id = ANY(:providerVersions)") + then("l.created_at <= :asOf");
    var query = handle.createQuery("SELECT " + VERSION_COLUMNS + """
            , x.id AS verification_number, x.pact_version_id, x.success, x.pending, x.wip, x.build_url AS verification_build_url, x.test_results, x.execution_date
              FROM verifications x
              JOIN versions v ON v.id = x.provider_version_id
             WHERE x.id IN (SELECT MAX(l.id) FROM verifications l
                             WHERE l.pact_version_id = ANY(:pactVersions)%s
                             GROUP BY l.pact_version_id, l.provider_version_id)""".formatted(byVersion))
        .bindArray("pactVersions", Long.class, pactVersionIds).bindMap(asOfBinding());
    if (providerVersionIds != null) {
      query.bindArray("providerVersions", Long.class, providerVersionIds);
    }
    return query.map(MatrixStore::verification).list();
  }

  /** The stored content of each SHA, in one query. */
  public Map<String, String> contents(Collection<String> shas) {
    Map<String, String> contents = new LinkedHashMap<>();
    if (shas.isEmpty()) {
      return contents;
    }
    handle.createQuery("SELECT sha, content FROM pact_contents WHERE sha = ANY(:shas)").bindArray("shas", String.class, shas)
        .map((rs, ctx) -> Map.entry(rs.getString("sha"), rs.getString("content"))).forEach(e -> contents.put(e.getKey(), e.getValue()));
    return contents;
  }

  /** Which of the versions published a contract or a verification result (the rest the broker knows nothing about). */
  public Set<Long> active(Collection<Long> versionIds) {
    Set<Long> active = new HashSet<>();
    if (versionIds.isEmpty()) {
      return active;
    }
    handle.createQuery("""
            SELECT consumer_version_id AS id FROM pact_publications WHERE consumer_version_id = ANY(:ids)%s
            UNION SELECT provider_version_id AS id FROM verifications WHERE provider_version_id = ANY(:ids)%s"""
            .formatted(then("created_at <= :asOf"), then("created_at <= :asOf")))
        .bindArray("ids", Long.class, versionIds).bindMap(asOfBinding()).mapTo(Long.class).forEach(active::add);
    return active;
  }

  private static MatrixVerification verification(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
    Object pending = rs.getObject("pending");
    return new MatrixVerification(rs.getLong("verification_number"), rs.getLong("pact_version_id"), Rows.VERSION.map(rs, ctx),
        rs.getBoolean("success"), pending == null ? null : rs.getBoolean("pending"), rs.getBoolean("wip"),
        rs.getString("verification_build_url"), rs.getString("test_results"), Rows.instant(rs, "execution_date"));
  }
}
