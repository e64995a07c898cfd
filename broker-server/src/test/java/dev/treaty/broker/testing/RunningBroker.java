package dev.treaty.broker.testing;

import dev.treaty.broker.server.BrokerConfig;
import dev.treaty.broker.server.TreatyBroker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A real broker on a free port for tests, on H2 (fresh data directory) or PostgreSQL (fresh
 * schema in the test database), with an HTTP client pointed at it.
 */
public final class RunningBroker implements AutoCloseable {
  private final Backend backend;
  private final TreatyBroker broker;
  private final BrokerHttp http;

  private RunningBroker(Backend backend, TreatyBroker broker) {
    this.backend = backend;
    this.broker = broker;
    this.http = new BrokerHttp(broker.url());
  }

  /** Starts a broker on {@code backend} with the default configuration. */
  public static RunningBroker start(Backend backend) {
    return start(backend, UnaryOperator.identity());
  }

  /** Starts a broker on {@code backend}; {@code customize} may change anything but the database. */
  public static RunningBroker start(Backend backend, UnaryOperator<BrokerConfig.Builder> customize) {
    return new RunningBroker(backend, TreatyBroker.start(customize.apply(baseConfig(backend)).build()));
  }

  /** The configuration {@link #start} uses: port 0 and a fresh database of the backend. */
  public static BrokerConfig.Builder baseConfig(Backend backend) {
    BrokerConfig.Builder config = BrokerConfig.builder().host("127.0.0.1").port(0);
    return switch (backend) {
      case H2 -> config.dataDir(tempDir());
      case POSTGRESQL -> config
          .dbUrl(PostgresAccess.jdbcUrl())
          .dbSchema("treaty_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
    };
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("treaty-broker-test");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Backend backend() {
    return backend;
  }

  public TreatyBroker broker() {
    return broker;
  }

  public BrokerHttp http() {
    return http;
  }

  public String url() {
    return broker.url().toString();
  }

  @Override
  public void close() {
    broker.close();
  }
}
