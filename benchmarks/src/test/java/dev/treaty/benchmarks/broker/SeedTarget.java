package dev.treaty.benchmarks.broker;

import dev.treaty.broker.internal.store.Database;
import dev.treaty.broker.server.BrokerConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

/**
 * The database a seed goes into, as the broker reaches it: a PostgreSQL schema ({@code jdbcUrl} +
 * {@code schema}) or an embedded H2 data directory ({@code dataDir}, the broker's own URL). Exactly
 * one of {@code jdbcUrl} and {@code dataDir} is set.
 */
record SeedTarget(String jdbcUrl, String user, String password, String schema, Path dataDir) {
  SeedTarget {
    if ((jdbcUrl == null) == (dataDir == null)) {
      throw new IllegalArgumentException("give exactly one of --db-url (PostgreSQL) and --data-dir (embedded H2)");
    }
    if (jdbcUrl != null && (schema == null || !schema.matches("[a-z_][a-z0-9_]*"))) {
      throw new IllegalArgumentException("--db-schema must be a lower-case SQL name (letters, digits, _), got '" + schema + "'");
    }
  }

  static SeedTarget postgres(String jdbcUrl, String schema) {
    return new SeedTarget(jdbcUrl, null, null, schema, null);
  }

  static SeedTarget h2(Path dataDir) {
    return new SeedTarget(null, null, null, null, dataDir);
  }

  boolean isPostgres() {
    return jdbcUrl != null;
  }

  /** The broker's configuration for this database (port 0 on 127.0.0.1: change it to serve elsewhere). */
  BrokerConfig.Builder brokerConfig() {
    BrokerConfig.Builder config = BrokerConfig.builder().host("127.0.0.1").port(0);
    if (!isPostgres()) {
      return config.dataDir(dataDir);
    }
    config.dbUrl(jdbcUrl).dbSchema(schema);
    if (user != null) {
      config.dbUser(user);
    }
    if (password != null) {
      config.dbPassword(password);
    }
    return config;
  }

  /** A connection to the broker's tables, auto-commit off. */
  Connection connect() throws SQLException {
    Connection connection = isPostgres()
        ? DriverManager.getConnection(jdbcUrl, user, password)
        : DriverManager.getConnection(Database.embeddedUrl(dataDir));
    if (isPostgres()) {
      connection.setSchema(schema);
    }
    connection.setAutoCommit(false);
    return connection;
  }

  /** Where, for messages: {@code PostgreSQL jdbc:postgresql://host/db schema s} or {@code H2 in dir}. */
  String describe() {
    return isPostgres() ? "PostgreSQL " + jdbcUrl.replaceAll("\\?.*", "") + " schema " + schema : "H2 in " + dataDir.toAbsolutePath();
  }

  /**
   * Makes room for a fresh seed: a schema or data directory that already holds a broker is refused
   * unless {@code replace}, which drops it (the broker's migrations then recreate it).
   */
  void clear(boolean replace) throws SQLException {
    if (isPostgres()) {
      try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password); Statement statement = connection.createStatement()) {
        try (ResultSet exists = statement.executeQuery("SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = '" + schema + "'")) {
          exists.next();
          if (exists.getLong(1) > 0 && !replace) {
            throw new IllegalStateException(describe() + " already exists; seed into a new schema, or pass --replace true to drop it first");
          }
        }
        statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
      return;
    }
    try (Stream<Path> files = Files.exists(dataDir) ? Files.list(dataDir) : Stream.empty()) {
      var existing = files.toList();
      if (!existing.isEmpty() && !replace) {
        throw new IllegalStateException(describe() + " is not empty; seed into a new directory, or pass --replace true to delete the broker's files in it");
      }
      for (Path file : existing) {
        if (file.getFileName().toString().startsWith("treaty.")) {
          Files.delete(file);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
