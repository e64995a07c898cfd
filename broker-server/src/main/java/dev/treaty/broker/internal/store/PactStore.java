package dev.treaty.broker.internal.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Pact content (once per SHA), pact versions (content between a consumer and a provider) and
 * publications (consumer version -> pact version, by revision), and the ways to read them back.
 */
public final class PactStore {
  private static final String SELECT = select("pc.content");
  /** Keeps only the current (highest) revision of each (consumer version, provider). */
  private static final String CURRENT = """
       pp.revision = (SELECT MAX(r.revision) FROM pact_publications r
                       WHERE r.consumer_version_id = pp.consumer_version_id AND r.provider_id = pp.provider_id)
      """;
  private static final RowMapper<StoredPact> PACT = (rs, ctx) -> new StoredPact(
      rs.getLong("publication_id"), rs.getLong("pact_version_id"), rs.getString("consumer"), rs.getString("provider"),
      rs.getString("consumer_version"), rs.getLong("version_order"), rs.getString("sha"), rs.getString("content"),
      rs.getInt("revision"), Rows.instant(rs, "created_at"));

  private final Handle handle;
  private final Instant now;

  /** The publications query, with {@code content} as the content column. */
  private static String select(String content) {
    return """
        SELECT pp.id AS publication_id, pp.pact_version_id, c.name AS consumer, pr.name AS provider,
               v.number AS consumer_version, v.version_order, pv.sha, %s AS content, pp.revision, pp.created_at
          FROM pact_publications pp
          JOIN pacticipants c ON c.id = pp.consumer_id
          JOIN pacticipants pr ON pr.id = pp.provider_id
          JOIN versions v ON v.id = pp.consumer_version_id
          JOIN pact_versions pv ON pv.id = pp.pact_version_id
          JOIN pact_contents pc ON pc.sha = pv.sha
        """.formatted(content);
  }

  PactStore(Handle handle, Instant now) {
    this.handle = handle;
    this.now = now;
  }

  /** The current publication of consumer version {@code consumerVersionId} for {@code providerId}. */
  public Optional<StoredPact> current(long consumerVersionId, long providerId) {
    return handle.createQuery(SELECT + "WHERE pp.consumer_version_id = :version AND pp.provider_id = :provider ORDER BY pp.revision DESC LIMIT 1")
        .bind("version", consumerVersionId)
        .bind("provider", providerId)
        .map(PACT)
        .findOne();
  }

  /**
   * Publishes {@code content} (SHA {@code sha}) as the next revision for the consumer version and
   * provider; the content and the pact version are stored once and reused.
   */
  public StoredPact publish(Version consumerVersion, long providerId, String sha, String content) {
    handle.createUpdate("INSERT INTO pact_contents (sha, content, created_at) VALUES (:sha, :content, :now) ON CONFLICT DO NOTHING")
        .bind("sha", sha)
        .bind("content", content)
        .bind("now", now)
        .execute();
    handle.createUpdate("""
            INSERT INTO pact_versions (consumer_id, provider_id, sha, created_at) VALUES (:consumer, :provider, :sha, :now)
            ON CONFLICT DO NOTHING""")
        .bind("consumer", consumerVersion.pacticipantId())
        .bind("provider", providerId)
        .bind("sha", sha)
        .bind("now", now)
        .execute();
    long pactVersionId = handle.createQuery("SELECT id FROM pact_versions WHERE consumer_id = :consumer AND provider_id = :provider AND sha = :sha")
        .bind("consumer", consumerVersion.pacticipantId())
        .bind("provider", providerId)
        .bind("sha", sha)
        .mapTo(Long.class)
        .one();
    int revision = handle.createQuery("""
            SELECT COALESCE(MAX(revision), 0) + 1 FROM pact_publications
             WHERE consumer_version_id = :version AND provider_id = :provider""")
        .bind("version", consumerVersion.id())
        .bind("provider", providerId)
        .mapTo(Integer.class)
        .one();
    handle.createUpdate("""
            INSERT INTO pact_publications (consumer_version_id, consumer_id, provider_id, pact_version_id, revision, created_at)
            VALUES (:version, :consumer, :provider, :pactVersion, :revision, :now)""")
        .bind("version", consumerVersion.id())
        .bind("consumer", consumerVersion.pacticipantId())
        .bind("provider", providerId)
        .bind("pactVersion", pactVersionId)
        .bind("revision", revision)
        .bind("now", now)
        .execute();
    // Read back all but the content, which is here already: a large pact is not loaded again.
    StoredPact stored = handle.createQuery(select("NULL") + """
            WHERE pp.consumer_version_id = :version AND pp.provider_id = :provider AND pp.revision = :revision""")
        .bind("version", consumerVersion.id())
        .bind("provider", providerId)
        .bind("revision", revision)
        .map(PACT)
        .one();
    return new StoredPact(stored.publicationId(), stored.pactVersionId(), stored.consumer(), stored.provider(),
        stored.consumerVersion(), stored.consumerVersionOrder(), sha, content, revision, stored.createdAt());
  }

  /** The current pacts of one consumer version, one per provider. */
  public List<StoredPact> ofConsumerVersion(long consumerVersionId) {
    return handle.createQuery(SELECT + "WHERE pp.consumer_version_id = :version AND " + CURRENT + " ORDER BY pr.name")
        .bind("version", consumerVersionId)
        .map(PACT)
        .list();
  }

  /** The pact of the consumer's newest version that has one with this provider. */
  public Optional<StoredPact> latest(long consumerId, long providerId) {
    return newest(SELECT + "WHERE pp.consumer_id = :consumer AND pp.provider_id = :provider AND " + CURRENT,
        consumerId, providerId, null);
  }

  /** The pact of the consumer's newest version on branch {@code branch} that has one with this provider. */
  public Optional<StoredPact> latestOnBranch(long consumerId, long providerId, String branch) {
    return newest(SELECT + """
            JOIN branch_versions bv ON bv.version_id = v.id
            JOIN branches b ON b.id = bv.branch_id AND b.name = :name
           WHERE pp.consumer_id = :consumer AND pp.provider_id = :provider AND""" + CURRENT,
        consumerId, providerId, branch);
  }

  /** The pact of the consumer's newest version tagged {@code tag} that has one with this provider. */
  public Optional<StoredPact> latestWithTag(long consumerId, long providerId, String tag) {
    return newest(SELECT + """
            JOIN tags t ON t.version_id = v.id AND t.name = :name
           WHERE pp.consumer_id = :consumer AND pp.provider_id = :provider AND""" + CURRENT,
        consumerId, providerId, tag);
  }

  /** The newest publication of content {@code sha} between the consumer and the provider. */
  public Optional<StoredPact> bySha(long consumerId, long providerId, String sha) {
    return handle.createQuery(SELECT + """
            WHERE pp.consumer_id = :consumer AND pp.provider_id = :provider AND pv.sha = :sha
            ORDER BY v.version_order DESC, pp.revision DESC LIMIT 1""")
        .bind("consumer", consumerId)
        .bind("provider", providerId)
        .bind("sha", sha)
        .map(PACT)
        .findOne();
  }

  /** For each consumer of the provider: its latest pact (among versions tagged {@code tag}, when given). */
  public List<StoredPact> latestPerConsumer(long providerId, String tag) {
    String tagJoin = tag == null ? "" : " JOIN tags t ON t.version_id = v.id AND t.name = :tag ";
    String newestVersion = """
         v.version_order = (SELECT MAX(v2.version_order) FROM pact_publications p2
                              JOIN versions v2 ON v2.id = p2.consumer_version_id
                              %s
                             WHERE p2.consumer_id = pp.consumer_id AND p2.provider_id = pp.provider_id)
        """.formatted(tag == null ? "" : "JOIN tags t2 ON t2.version_id = v2.id AND t2.name = :tag");
    var query = handle.createQuery(SELECT + tagJoin + " WHERE pp.provider_id = :provider AND " + CURRENT
            + " AND " + newestVersion + " ORDER BY c.name")
        .bind("provider", providerId);
    if (tag != null) {
      query.bind("tag", tag);
    }
    return query.map(PACT).list();
  }

  private Optional<StoredPact> newest(String sql, long consumerId, long providerId, String name) {
    var query = handle.createQuery(sql + " ORDER BY v.version_order DESC LIMIT 1")
        .bind("consumer", consumerId)
        .bind("provider", providerId);
    if (name != null) {
      query.bind("name", name);
    }
    return query.map(PACT).findOne();
  }
}
