package dev.treaty.broker.internal.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.treaty.broker.server.BrokerConfig;
import dev.treaty.broker.server.DamagedStoreException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;

/**
 * The broker's database: a bounded HikariCP pool, Flyway migrations (one set for H2 and
 * PostgreSQL) and JDBI on top. Every write goes through {@link #write}, one transaction each.
 */
public final class Database implements AutoCloseable {
  /** How often a write that lost a race with a concurrent one ({@link WriteConflicts}) is tried in all. */
  static final int WRITE_ATTEMPTS = 3;

  private final HikariDataSource dataSource;
  private final Jdbi jdbi;
  private final Dialect dialect;
  /**
   * On H2, one write transaction at a time. H2 writes a commit's chunk from a snapshot of every
   * table and undo log taken while other transactions keep changing them; a SIGKILL then left a
   * statement of another, uncommitted transaction half in the file (a row in its table but not in
   * its unique index, found by {@link EmbeddedStoreCheck} after a crash). With one writer, no other
   * write is in flight when a chunk is written. PostgreSQL needs no such thing.
   */
  private final ReentrantLock embeddedWriter = new ReentrantLock(true);
  private final Duration writerWait;

  private Database(HikariDataSource dataSource, Dialect dialect, Duration writerWait) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.writerWait = writerWait;
    this.jdbi = Jdbi.create(dataSource);
    jdbi.getConfig(SqlStatements.class).addCustomizer(new TrackedStatements());
  }

  /** Which database the broker talks to; the few SQL differences ask this. */
  public enum Dialect {
    H2,
    POSTGRESQL
  }

  /** Opens the pool and migrates the schema to the latest version. */
  public static Database open(BrokerConfig config) {
    HikariConfig hikari = new HikariConfig();
    String url = config.dbUrl().orElseGet(() -> embeddedUrl(config.dataDir()));
    hikari.setJdbcUrl(url);
    config.dbUser().ifPresent(hikari::setUsername);
    config.dbPassword().ifPresent(hikari::setPassword);
    config.dbSchema().ifPresent(hikari::setSchema);
    hikari.setMaximumPoolSize(config.maxPoolSize());
    hikari.setMinimumIdle(Math.min(2, config.maxPoolSize()));
    hikari.setConnectionTimeout(Math.max(250, config.poolWaitTimeout().toMillis()));
    hikari.setPoolName("treaty-db");
    hikari.setAutoCommit(true);
    hikari.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    hikari.setInitializationFailTimeout(10_000);
    Dialect dialect = url.startsWith("jdbc:postgresql:") ? Dialect.POSTGRESQL : Dialect.H2;
    StatementTimeout.configure(hikari, dialect, config.statementTimeout());
    if (config.dbSchema().isPresent() && dialect == Dialect.POSTGRESQL) {
      createSchema(url, config);
    }
    if (config.dbUrl().isEmpty()) {
      EmbeddedStoreCheck.verifyAndCompact(config.dataDir());
    }
    HikariDataSource dataSource = new HikariDataSource(hikari);
    try {
      migrate(url, config);
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
    return new Database(dataSource, dialect, config.poolWaitTimeout());
  }

  /**
   * Migrates the schema; Flyway first validates the applied migrations against its history (a
   * history that does not match is refused in one line, never served from).
   */
  private static void migrate(String url, BrokerConfig config) {
    try {
      // Flyway holds two connections while it migrates (lock + work): give it its own, so that a
      // pool of one still starts.
      Flyway.configure()
          .dataSource(url, config.dbUser().orElse(null), config.dbPassword().orElse(null))
          .locations("classpath:db/migration")
          .schemas(config.dbSchema().map(s -> new String[] {s}).orElse(new String[0]))
          .load()
          .migrate();
    } catch (FlywayValidateException e) {
      String where = config.dbUrl().map(u -> "The database " + u.replaceAll("\\?.*", "")
              + config.dbSchema().map(s -> " (schema " + s + ")").orElse(""))
          .orElseGet(() -> "The embedded database in " + config.dataDir().toAbsolutePath().normalize());
      throw new DamagedStoreException(where + " does not match its schema history (flyway_schema_history): "
          + EmbeddedStoreCheck.firstLine(e.getMessage().replaceFirst("^Validate failed: Migrations have failed validation\\s*", ""))
          + "; the broker will not serve from it. Restore the database from a backup", e);
    }
  }

  private static void createSchema(String url, BrokerConfig config) {
    try (Connection connection =
        java.sql.DriverManager.getConnection(
            url, config.dbUser().orElse(null), config.dbPassword().orElse(null))) {
      connection.createStatement().execute("CREATE SCHEMA IF NOT EXISTS " + quoteIdentifier(config.dbSchema().get()));
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create schema " + config.dbSchema().get() + ": " + e.getMessage(), e);
    }
  }

  private static String quoteIdentifier(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }

  /**
   * The embedded H2 URL the broker serves from: file mode, PostgreSQL compatibility, and the two
   * settings that make a commit survive a SIGKILL (see "Durability" in the README):
   * {@code WRITE_DELAY=0}, so that every commit writes its chunk to the file before it returns (H2's
   * default of 500 ms commits in memory and leaves the write to a background thread), and
   * {@code REUSE_SPACE=FALSE}, so that every chunk is appended at the end of the file, where H2's
   * recovery after a crash finds it (with space reuse, chunks written into freed space after a
   * crash-restart were not found by the next recovery, and whole runs of commits were lost). The
   * space is reclaimed at each start by {@link EmbeddedStoreCheck}.
   */
  public static String embeddedUrl(Path dataDir) {
    return maintenanceUrl(dataDir) + ";REUSE_SPACE=FALSE";
  }

  /** The embedded URL with space reuse on, for checking and compacting the file before serving. */
  static String maintenanceUrl(Path dataDir) {
    Path file = dataDir.toAbsolutePath().normalize().resolve("treaty");
    return "jdbc:h2:file:"
        + file
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
  }

  /**
   * Runs {@code work} in one read-committed transaction; it commits when work returns, and returns
   * only once the commit is where a restart finds it (PostgreSQL: in its WAL; H2: written to the
   * file, see {@link #embeddedUrl}), so a caller may answer 2xx on return. When two
   * requests race to create the same row (say, a new pacticipant), the loser's transaction fails on
   * a unique constraint (or, on H2, times out waiting for the winner's row lock) and is run again
   * from the start, now finding the winner's row. A lost connection during the commit is
   * {@link DatabaseFailure#COMMIT_OUTCOME_UNKNOWN} ({@link Transaction}).
   */
  public <T> T write(HandleCallback<T, RuntimeException> work) {
    return tracked(() -> {
      for (int attempt = 1; ; attempt++) {
        try {
          return dialect == Dialect.H2 ? alone(work) : Transaction.run(jdbi, work);
        } catch (RuntimeException e) {
          if (attempt >= WRITE_ATTEMPTS || !WriteConflicts.isCause(e)) {
            throw e;
          }
        }
      }
    });
  }

  /** Runs {@code work} as the only write transaction (H2), waiting at most the pool wait for its turn (else 503). */
  private <T> T alone(HandleCallback<T, RuntimeException> work) {
    try {
      if (!embeddedWriter.tryLock(writerWait.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new IllegalStateException("no turn to write", new SQLTransientConnectionException(
            "waited " + writerWait.toMillis() + " ms for the embedded database's writer"));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted waiting to write", e);
    }
    try {
      return Transaction.run(jdbi, work);
    } finally {
      embeddedWriter.unlock();
    }
  }

  /** Runs read-only {@code work} on one connection. */
  public <T> T read(HandleCallback<T, RuntimeException> work) {
    return tracked(() -> jdbi.withHandle(handle -> {
      handle.setReadOnly(true);
      T result;
      try {
        result = work.withHandle(handle);
      } catch (RuntimeException e) {
        try {
          handle.setReadOnly(false);
        } catch (RuntimeException broken) {
          e.addSuppressed(broken);   // the connection broke with the work: report the work's failure
        }
        throw e;
      }
      handle.setReadOnly(false);
      return result;
    }));
  }

  /**
   * Runs database work as part of the request on this thread ({@link RequestWork}), so that the
   * work can be cancelled when the client goes; a failure after such a cancellation is reported as
   * {@link DatabaseFailure#CLIENT_GONE}.
   */
  private static <T> T tracked(Supplier<T> work) {
    Optional<RequestWork> request = RequestWork.current();
    request.ifPresent(RequestWork::enterDatabase);
    try {
      return work.get();
    } catch (RuntimeException e) {
      if (request.isPresent() && request.get().cancelled()) {
        throw new DatabaseFailure.Failed(DatabaseFailure.CLIENT_GONE, "the client closed the connection; its database work was cancelled", e);
      }
      throw e;
    } finally {
      request.ifPresent(RequestWork::leaveDatabase);
    }
  }

  /** Tells the request's {@link RequestWork} which statement runs, so that it can cancel it. */
  private static final class TrackedStatements implements StatementCustomizer {
    @Override
    public void beforeExecution(PreparedStatement statement, StatementContext context) throws SQLException {
      Optional<RequestWork> request = RequestWork.current();
      if (request.isPresent()) {
        request.get().started(statement);
        context.addCleanable(() -> request.get().finished(statement));
      }
    }
  }

  /** Whether the database answers a trivial query. */
  public boolean isReachable() {
    try {
      return jdbi.withHandle(handle -> handle.createQuery("SELECT 1").mapTo(Integer.class).one() == 1);
    } catch (RuntimeException e) {
      return false;
    }
  }

  public Dialect dialect() {
    return dialect;
  }

  /** The pool, for metrics. */
  public HikariDataSource dataSource() {
    return dataSource;
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  @Override
  public void close() {
    if (dialect == Dialect.H2) {
      try (Handle handle = jdbi.open()) {
        handle.execute("SHUTDOWN");
      } catch (RuntimeException ignored) {
        // already closed
      }
    }
    dataSource.close();
  }
}
