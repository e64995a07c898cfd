package dev.treaty.broker.testing;

import dev.treaty.broker.internal.store.Database;
import dev.treaty.broker.server.BrokerConfig;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * Writes broker data straight into a running broker's database for tests that need a history the
 * API cannot (yet) create or cannot backdate: pacticipants, versions with branches and tags, pact
 * publications, environments, deployments, releases and verifications. Times default to now;
 * the {@code ...At} variants take an explicit instant.
 */
public final class BrokerSeed {
  private final Jdbi jdbi;

  private BrokerSeed(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** A seed writing into {@code broker}'s database (H2 file or PostgreSQL schema). */
  public static BrokerSeed of(RunningBroker broker) {
    BrokerConfig config = broker.broker().config();
    String url = config.dbUrl().orElseGet(() -> Database.embeddedUrl(config.dataDir()));
    String schema = config.dbSchema().orElse(null);
    return new BrokerSeed(Jdbi.create(() -> {
      Connection connection = DriverManager.getConnection(url, config.dbUser().orElse(null), config.dbPassword().orElse(null));
      if (schema != null) {
        connection.setSchema(schema);
      }
      return connection;
    }));
  }

  /**
   * A connection of the test's own to the broker's database, in a transaction (auto-commit off):
   * for tests that hold a lock the broker's statements must wait for.
   */
  public Connection openTransaction() {
    Connection connection = jdbi.open().getConnection();
    try {
      connection.setAutoCommit(false);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    return connection;
  }

  public long pacticipant(String name) {
    return jdbi.withHandle(h -> h.createQuery("SELECT id FROM pacticipants WHERE name = :name").bind("name", name)
        .mapTo(Long.class).findOne()
        .orElseGet(() -> h.createUpdate("INSERT INTO pacticipants (name, created_at, updated_at) VALUES (:name, :at, :at)")
            .bind("name", name).bind("at", now()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one()));
  }

  public BrokerSeed mainBranch(String pacticipant, String branch) {
    long id = pacticipant(pacticipant);
    jdbi.useHandle(h -> h.createUpdate("UPDATE pacticipants SET main_branch = :branch WHERE id = :id")
        .bind("branch", branch).bind("id", id).execute());
    return this;
  }

  /** The version, created as the pacticipant's newest when missing. */
  public long version(String pacticipant, String number) {
    long id = pacticipant(pacticipant);
    return jdbi.withHandle(h -> h.createQuery("SELECT id FROM versions WHERE pacticipant_id = :p AND number = :n")
        .bind("p", id).bind("n", number).mapTo(Long.class).findOne()
        .orElseGet(() -> h.createUpdate("""
                INSERT INTO versions (pacticipant_id, number, version_order, created_at)
                VALUES (:p, :n, nextval('version_order_seq'), :at)
                """)
            .bind("p", id).bind("n", number).bind("at", now()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one()));
  }

  /** Adds the version to the branch (now its head), creating both when missing. */
  public BrokerSeed branch(String pacticipant, String number, String branch) {
    return branchAt(pacticipant, number, branch, Instant.now());
  }

  /** Like {@link #branch}; a branch created here gets {@code at} as its creation time. */
  public BrokerSeed branchAt(String pacticipant, String number, String branch, Instant at) {
    long pacticipantId = pacticipant(pacticipant);
    long versionId = version(pacticipant, number);
    jdbi.useHandle(h -> {
      long branchId = h.createQuery("SELECT id FROM branches WHERE pacticipant_id = :p AND name = :b")
          .bind("p", pacticipantId).bind("b", branch).mapTo(Long.class).findOne()
          .orElseGet(() -> h.createUpdate("INSERT INTO branches (pacticipant_id, name, created_at) VALUES (:p, :b, :at)")
              .bind("p", pacticipantId).bind("b", branch).bind("at", utc(at))
              .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
      h.createUpdate("INSERT INTO branch_versions (branch_id, version_id, created_at) VALUES (:b, :v, :at)")
          .bind("b", branchId).bind("v", versionId).bind("at", utc(at)).execute();
    });
    return this;
  }

  public BrokerSeed tag(String pacticipant, String number, String tag) {
    return tagAt(pacticipant, number, tag, Instant.now());
  }

  public BrokerSeed tagAt(String pacticipant, String number, String tag, Instant at) {
    long versionId = version(pacticipant, number);
    jdbi.useHandle(h -> h.createUpdate("INSERT INTO tags (version_id, name, created_at) VALUES (:v, :t, :at)")
        .bind("v", versionId).bind("t", tag).bind("at", utc(at)).execute());
    return this;
  }

  /** A pact with one interaction named {@code interaction}; returns its content SHA. */
  public String pact(String consumer, String consumerVersion, String provider, String interaction) {
    return pactAt(consumer, consumerVersion, provider, interaction, Instant.now());
  }

  public String pactAt(String consumer, String consumerVersion, String provider, String interaction, Instant at) {
    String content = "{\"consumer\":{\"name\":\"" + consumer + "\"},\"provider\":{\"name\":\"" + provider + "\"},"
        + "\"interactions\":[{\"description\":\"" + interaction + "\",\"request\":{\"method\":\"GET\",\"path\":\"/\"},"
        + "\"response\":{\"status\":200}}],\"metadata\":{\"pactSpecification\":{\"version\":\"3.0.0\"}}}";
    String sha = sha256(content);
    long consumerId = pacticipant(consumer);
    long providerId = pacticipant(provider);
    long versionId = version(consumer, consumerVersion);
    jdbi.useHandle(h -> {
      if (h.createQuery("SELECT COUNT(*) FROM pact_contents WHERE sha = :sha").bind("sha", sha).mapTo(Long.class).one() == 0) {
        h.createUpdate("INSERT INTO pact_contents (sha, content, created_at) VALUES (:sha, :content, :at)")
            .bind("sha", sha).bind("content", content).bind("at", utc(at)).execute();
      }
      long pactVersionId = h.createQuery("SELECT id FROM pact_versions WHERE consumer_id = :c AND provider_id = :p AND sha = :sha")
          .bind("c", consumerId).bind("p", providerId).bind("sha", sha).mapTo(Long.class).findOne()
          .orElseGet(() -> h.createUpdate("INSERT INTO pact_versions (consumer_id, provider_id, sha, created_at) VALUES (:c, :p, :sha, :at)")
              .bind("c", consumerId).bind("p", providerId).bind("sha", sha).bind("at", utc(at))
              .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
      h.createUpdate("""
              INSERT INTO pact_publications (consumer_version_id, consumer_id, provider_id, pact_version_id, revision, created_at)
              SELECT :v, :c, :p, :pv, COALESCE(MAX(revision), 0) + 1, :at FROM pact_publications
              WHERE consumer_version_id = :v AND provider_id = :p
              """)
          .bind("v", versionId).bind("c", consumerId).bind("p", providerId).bind("pv", pactVersionId).bind("at", utc(at)).execute();
    });
    return sha;
  }

  /**
   * A long history in one statement per table: {@code count} new versions of {@code consumer}
   * ({@code <prefix>1} ..), each tagged {@code tag} and publishing a pact of its own to
   * {@code provider}; for tests whose queries must meet real volumes of data (H2 and PostgreSQL
   * both have {@code generate_series}).
   */
  public BrokerSeed taggedPublications(String consumer, String provider, String prefix, int count, String tag) {
    long consumerId = pacticipant(consumer);
    long providerId = pacticipant(provider);
    String mine = " FROM versions v WHERE v.pacticipant_id = :c AND v.number LIKE :like";
    String content = "'{\"consumer\":{\"name\":\"" + consumer + "\"},\"provider\":{\"name\":\"" + provider
        + "\"},\"interactions\":[{\"description\":\"v' || v.id || '\",\"request\":{\"method\":\"GET\",\"path\":\"/\"},"
        + "\"response\":{\"status\":200}}],\"metadata\":{\"pactSpecification\":{\"version\":\"3.0.0\"}}}'";
    jdbi.useTransaction(h -> {
      h.createUpdate("INSERT INTO versions (pacticipant_id, number, version_order, created_at) "
              + "SELECT :c, :prefix || g.n, nextval('version_order_seq'), :at FROM generate_series(1, :count) AS g(n) ORDER BY g.n")
          .bind("c", consumerId).bind("prefix", prefix).bind("count", count).bind("at", now()).execute();
      h.createUpdate("INSERT INTO tags (version_id, name, created_at) SELECT v.id, :tag, :at" + mine)
          .bind("tag", tag).bind("c", consumerId).bind("like", prefix + "%").bind("at", now()).execute();
      h.createUpdate("INSERT INTO pact_contents (sha, content, created_at) SELECT 'bulk-' || v.id, " + content + ", :at" + mine)
          .bind("c", consumerId).bind("like", prefix + "%").bind("at", now()).execute();
      h.createUpdate("INSERT INTO pact_versions (consumer_id, provider_id, sha, created_at) SELECT :c, :p, 'bulk-' || v.id, :at" + mine)
          .bind("c", consumerId).bind("p", providerId).bind("like", prefix + "%").bind("at", now()).execute();
      h.createUpdate("INSERT INTO pact_publications (consumer_version_id, consumer_id, provider_id, pact_version_id, revision, created_at) "
              + "SELECT v.id, :c, :p, pv.id, 1, :at FROM versions v JOIN pact_versions pv ON pv.sha = 'bulk-' || v.id "
              + "WHERE v.pacticipant_id = :c AND v.number LIKE :like")
          .bind("c", consumerId).bind("p", providerId).bind("like", prefix + "%").bind("at", now()).execute();
    });
    return this;
  }

  /** An environment (created when missing). */
  public BrokerSeed environment(String name, boolean production) {
    jdbi.useHandle(h -> {
      if (h.createQuery("SELECT COUNT(*) FROM environments WHERE name = :n").bind("n", name).mapTo(Long.class).one() == 0) {
        h.createUpdate("INSERT INTO environments (uuid, name, display_name, production, created_at) VALUES (:u, :n, :n, :prod, :at)")
            .bind("u", UUID.randomUUID().toString()).bind("n", name).bind("prod", production).bind("at", now()).execute();
      }
    });
    return this;
  }

  public BrokerSeed deploy(String pacticipant, String number, String environment) {
    return deployInstance(pacticipant, number, environment, null);
  }

  public BrokerSeed release(String pacticipant, String number, String environment) {
    return record("released_versions", "currently_supported", pacticipant, number, environment, null);
  }

  /** Marks every deployment of the version as no longer current. */
  public BrokerSeed undeploy(String pacticipant, String number) {
    long versionId = version(pacticipant, number);
    jdbi.useHandle(h -> h.createUpdate("UPDATE deployed_versions SET currently_deployed = FALSE, undeployed_at = :at WHERE version_id = :v")
        .bind("v", versionId).bind("at", now()).execute());
    return this;
  }

  /** A current deployment or release record; {@code instance} (deployments only) may be null. */
  private BrokerSeed record(String table, String currentColumn, String pacticipant, String number, String environment, String instance) {
    long pacticipantId = pacticipant(pacticipant);
    long versionId = version(pacticipant, number);
    jdbi.useHandle(h -> {
      long environmentId = h.createQuery("SELECT id FROM environments WHERE name = :n").bind("n", environment).mapTo(Long.class).one();
      String instanceColumn = instance == null ? "" : ", application_instance";
      h.createUpdate("INSERT INTO " + table + " (uuid, version_id, pacticipant_id, environment_id, " + currentColumn + ", created_at"
              + instanceColumn + ") VALUES (:u, :v, :p, :e, TRUE, :at" + (instance == null ? "" : ", :i") + ")")
          .bind("u", UUID.randomUUID().toString()).bind("v", versionId).bind("p", pacticipantId).bind("e", environmentId)
          .bind("at", now()).bindMap(instance == null ? java.util.Map.of() : java.util.Map.of("i", instance)).execute();
    });
    return this;
  }

  /** A verification result executed at {@code at}; the provider version is created when missing. */
  public BrokerSeed verificationAt(String provider, String providerVersion, String consumer, String sha, boolean success, boolean wip, Instant at) {
    return insertVerification(provider, providerVersion, consumer, sha, success, wip, null, null, null, at);
  }

  /**
   * A verification result with everything the matrix explains: pending flag (may be null), build
   * URL and {@code testResults} JSON (may be null), executed now.
   */
  public BrokerSeed verification(String provider, String providerVersion, String consumer, String sha, boolean success,
      Boolean pending, String buildUrl, String testResultsJson) {
    return insertVerification(provider, providerVersion, consumer, sha, success, false, pending, buildUrl, testResultsJson, Instant.now());
  }

  private BrokerSeed insertVerification(String provider, String providerVersion, String consumer, String sha, boolean success,
      boolean wip, Boolean pending, String buildUrl, String testResultsJson, Instant at) {
    long providerId = pacticipant(provider);
    long consumerId = pacticipant(consumer);
    long versionId = version(provider, providerVersion);
    jdbi.useHandle(h -> {
      long pactVersionId = h.createQuery("SELECT id FROM pact_versions WHERE consumer_id = :c AND provider_id = :p AND sha = :sha")
          .bind("c", consumerId).bind("p", providerId).bind("sha", sha).mapTo(Long.class).one();
      h.createUpdate("""
              INSERT INTO verifications (pact_version_id, provider_version_id, provider_id, consumer_id, success, wip, pending,
                                         build_url, test_results, execution_date, created_at)
              VALUES (:pv, :v, :p, :c, :success, :wip, :pending, :buildUrl, :testResults, :at, :at)
              """)
          .bind("pv", pactVersionId).bind("v", versionId).bind("p", providerId).bind("c", consumerId)
          .bind("success", success).bind("wip", wip).bind("pending", pending).bind("buildUrl", buildUrl)
          .bind("testResults", testResultsJson).bind("at", utc(at)).execute();
    });
    return this;
  }

  /** Records a deployment of the version to one application instance of the environment (may be null). */
  public BrokerSeed deployInstance(String pacticipant, String number, String environment, String instance) {
    return record("deployed_versions", "currently_deployed", pacticipant, number, environment, instance);
  }

  /** The numbers a query of the broker's database returns, for assertions on what was stored. */
  public java.util.List<Long> longs(String sql) {
    return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).list());
  }

  /** The one text a query of the broker's database returns. */
  public String text(String sql) {
    return jdbi.withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }

  private static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }

  private static String sha256(String content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

}
