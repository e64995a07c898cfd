package dev.treaty.broker.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Where broker tests find PostgreSQL: {@code TREATY_TEST_JDBC_URL} when set (CI sets it), else a
 * Testcontainers PostgreSQL when a Docker engine answers. With neither, the tests fail when
 * {@code TREATY_REQUIRE_POSTGRES=true} (CI) and are aborted with a loud reason otherwise, so a
 * PostgreSQL test is never skipped silently.
 */
public final class PostgresAccess {
  public static final String URL_VARIABLE = "TREATY_TEST_JDBC_URL";
  public static final String REQUIRE_VARIABLE = "TREATY_REQUIRE_POSTGRES";

  private static String jdbcUrl;
  private static PostgreSQLContainer container;

  private PostgresAccess() {}

  /** A JDBC URL (with credentials) of a reachable PostgreSQL database. */
  public static synchronized String jdbcUrl() {
    if (jdbcUrl != null) {
      return jdbcUrl;
    }
    String fromEnv = System.getenv(URL_VARIABLE);
    if (fromEnv != null && !fromEnv.isBlank()) {
      requireReachable(fromEnv);
      jdbcUrl = fromEnv;
      return jdbcUrl;
    }
    if (dockerAvailable()) {
      container = new PostgreSQLContainer("postgres:16-alpine");
      container.start();
      jdbcUrl = container.getJdbcUrl() + (container.getJdbcUrl().contains("?") ? "&" : "?")
          + "user=" + container.getUsername() + "&password=" + container.getPassword();
      return jdbcUrl;
    }
    String reason = "PostgreSQL tests need " + URL_VARIABLE + " (e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres) or a Docker engine for Testcontainers; neither is available";
    if ("true".equalsIgnoreCase(System.getenv(REQUIRE_VARIABLE))) {
      throw new IllegalStateException(reason + " and " + REQUIRE_VARIABLE + "=true");
    }
    System.err.println("WARNING: " + reason + "; PostgreSQL tests are ABORTED (set " + REQUIRE_VARIABLE + "=true to make this a failure)");
    Assumptions.abort(reason);
    return null;
  }

  private static void requireReachable(String url) {
    try (Connection ignored = DriverManager.getConnection(url)) {
      // reachable
    } catch (SQLException e) {
      throw new IllegalStateException(URL_VARIABLE + "=" + url + " is set but PostgreSQL cannot be reached: " + e.getMessage(), e);
    }
  }

  private static boolean dockerAvailable() {
    if (System.getenv("DOCKER_HOST") == null && !java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"))) {
      return false;
    }
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (Throwable e) {
      return false;
    }
  }
}
