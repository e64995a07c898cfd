package dev.treaty.broker.testing;

import dev.treaty.broker.server.BrokerConfig;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One running broker per backend for a test class, started on first use and stopped after the
 * class. Use with {@code @ParameterizedClass @EnumSource(Backend.class)}:
 *
 * <pre>{@code
 * @RegisterExtension static final BrokersPerBackend BROKERS = new BrokersPerBackend();
 * @Parameter Backend backend;
 * BrokerHttp http() { return BROKERS.get(backend).http(); }
 * }</pre>
 *
 * Tests in one class share the broker, so each uses its own pacticipant names.
 */
public final class BrokersPerBackend implements AfterAllCallback {
  private final Map<Backend, RunningBroker> brokers = new EnumMap<>(Backend.class);
  private final UnaryOperator<BrokerConfig.Builder> customize;

  /** Brokers with the default configuration. */
  public BrokersPerBackend() {
    this(UnaryOperator.identity());
  }

  /** Brokers whose configuration {@code customize} changes (anything but the database). */
  public BrokersPerBackend(UnaryOperator<BrokerConfig.Builder> customize) {
    this.customize = customize;
  }

  public synchronized RunningBroker get(Backend backend) {
    return brokers.computeIfAbsent(backend, b -> RunningBroker.start(b, customize));
  }

  @Override
  public synchronized void afterAll(ExtensionContext context) {
    brokers.values().forEach(RunningBroker::close);
    brokers.clear();
  }
}
