package dev.treaty.benchmarks.broker;

import dev.treaty.broker.server.TreatyBroker;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Seeds a broker database with a realistic organisation ({@link Organisation}, {@link History}):
 * by default 1,000 pacticipants, 100,000 versions, about 1,000,000 verification results and a hub
 * provider with 300 consumers. It starts the broker in-process on the database first, so the
 * broker's own Flyway migrations create the schema, then writes every table in bulk (COPY on
 * PostgreSQL, batched inserts on H2), analyses it, and checks through the broker's HTTP API that
 * the answers are the ones the history implies ({@link SeedCheck}).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.treaty.benchmarks.broker.SeedOrganisation \
 *   --db-url 'jdbc:postgresql://127.0.0.1:5432/test?user=postgres' --db-schema treaty_gate --replace true
 * </pre>
 */
public final class SeedOrganisation {
  static final String USAGE = """
      usage: SeedOrganisation (--db-url JDBC_URL [--db-schema treaty_gate] [--db-user U] [--db-password P] | --data-dir DIR)
                              [--pacticipants 1000] [--versions 100] [--providers-per-consumer 3] [--hub-consumers 300]
                              [--replace false] [--check true]
        --versions is versions per pacticipant (one a day); --replace true drops what the schema or directory holds.""";

  /** What to seed where. */
  record Options(SeedTarget target, History history, boolean replace, boolean check) {
    static Options parse(String... args) {
      Args values = Args.parse(USAGE, args);
      String url = values.text("db-url", null);
      String dataDir = values.text("data-dir", null);
      SeedTarget target = new SeedTarget(url, values.text("db-user", null), values.text("db-password", null),
          url == null ? null : values.text("db-schema", "treaty_gate"), dataDir == null ? null : Path.of(dataDir));
      Options options = new Options(target, shape(values), values.flag("replace", false), values.flag("check", true));
      values.requireAllRead();
      return options;
    }
  }

  /** The organisation's shape from {@code --pacticipants --versions --providers-per-consumer --hub-consumers}. */
  static History shape(Args values) {
    Organisation organisation = new Organisation(values.number("pacticipants", 1000), values.number("providers-per-consumer", 3),
        values.number("hub-consumers", 300));
    return History.endingYesterday(organisation, values.number("versions", 100));
  }

  /** What a seed wrote and what its checks found. */
  record Seeded(History history, Map<String, Long> rows, Duration took, List<String> checks) {
    String describe() {
      StringBuilder text = new StringBuilder("seeded in " + took.toSeconds() + " s:");
      rows.forEach((table, count) -> text.append(String.format("%n  %-18s %,12d", table, count)));
      checks.forEach(check -> text.append("\n  check: ").append(check));
      return text.toString();
    }
  }

  private SeedOrganisation() {}

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    System.out.println("seeding " + options.target().describe() + ": " + options.history().organisation() + ", "
        + options.history().days() + " versions each");
    System.out.println(seed(options).describe());
  }

  /** Seeds and (unless {@code check} is off) checks; fails on the first answer that is not the expected one. */
  static Seeded seed(Options options) throws Exception {
    long start = System.nanoTime();
    SeedTarget target = options.target();
    target.clear(options.replace());
    try (TreatyBroker broker = TreatyBroker.start(target.brokerConfig().build())) {
      Map<String, Long> rows;
      try (Connection connection = target.connect()) {
        SeedTables tables = new SeedTables(options.history(), new Contents(options.history().organisation()), connection,
            environments(connection));
        tables.writeAll();
        rows = tables.counts();
        continueSequences(connection);
        analyse(connection, target.isPostgres());
      }
      List<String> checks = options.check() ? new SeedCheck(broker.url(), options.history()).run() : List.of();
      return new Seeded(options.history(), rows, Duration.ofNanos(System.nanoTime() - start), checks);
    }
  }

  /** The environments by name: the broker's {@code test} and {@code production}, plus {@code staging}, created here. */
  private static Map<String, Long> environments(Connection connection) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO environments (uuid, name, display_name, production, created_at) VALUES (?, 'staging', 'Staging', FALSE, CURRENT_TIMESTAMP)")) {
      insert.setString(1, "0b6a1f4e-5d1c-4c38-9d1e-7a3c2f10e003");
      insert.executeUpdate();
    }
    Map<String, Long> ids = new HashMap<>();
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("SELECT id, name FROM environments")) {
      while (rs.next()) {
        ids.put(rs.getString("name"), rs.getLong("id"));
      }
    }
    connection.commit();
    for (String environment : History.ENVIRONMENTS) {
      if (!ids.containsKey(environment)) {
        throw new IllegalStateException("the broker's migrations did not create environment " + environment + "; found " + ids.keySet());
      }
    }
    return ids;
  }

  /** New rows the broker writes continue after the seeded ids and version orders. */
  private static void continueSequences(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String table : SeedTables.IDENTITY_TABLES) {
        try (ResultSet max = statement.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
          max.next();
          statement.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + max.getLong(1));
        }
      }
      try (ResultSet max = statement.executeQuery("SELECT COALESCE(MAX(version_order), 0) + 1 FROM versions")) {
        max.next();
        statement.execute("ALTER SEQUENCE version_order_seq RESTART WITH " + max.getLong(1));
      }
    }
    connection.commit();
  }

  /** Planner statistics and (PostgreSQL) the visibility map, as a broker that has run a while has them. */
  private static void analyse(Connection connection, boolean postgres) throws SQLException {
    connection.setAutoCommit(true);
    try (Statement statement = connection.createStatement()) {
      if (postgres) {
        for (String table : List.of("pacticipants", "versions", "branches", "branch_versions", "tags", "environments", "deployed_versions",
            "released_versions", "pact_contents", "pact_versions", "pact_publications", "verifications")) {
          statement.execute("VACUUM (ANALYZE) " + table);
        }
      } else {
        statement.execute("ANALYZE");
      }
    }
  }
}
