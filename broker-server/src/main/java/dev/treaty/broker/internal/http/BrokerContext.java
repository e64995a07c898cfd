package dev.treaty.broker.internal.http;

import dev.treaty.broker.internal.api.Hal;
import dev.treaty.broker.internal.store.Database;
import dev.treaty.broker.internal.store.Storage;
import dev.treaty.broker.internal.store.Stores;
import dev.treaty.broker.server.BrokerConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.function.Function;

/**
 * What every route handler needs: configuration, link building, and the one door to storage,
 * {@link #read} and {@link #write}, each handing the work the stores of one transaction.
 */
public final class BrokerContext {
  private final BrokerConfig config;
  private final Storage storage;
  private final BaseUrls baseUrls;
  private final ReadinessCheck readiness;
  private volatile boolean stopping;

  public BrokerContext(BrokerConfig config, Database database, BaseUrls baseUrls, Clock clock) {
    this.config = config;
    this.storage = new Storage(database, clock);
    this.baseUrls = baseUrls;
    this.readiness = new ReadinessCheck(storage::read);
  }

  /** Marks the broker as shutting down: {@code /health} answers 503 from now on. */
  public void markStopping() {
    stopping = true;
  }

  boolean stopping() {
    return stopping;
  }

  ReadinessCheck readiness() {
    return readiness;
  }

  public BrokerConfig config() {
    return config;
  }

  /** HAL links for this request. */
  public Hal hal(Context ctx) {
    return baseUrls.hal(ctx);
  }

  /** Runs read-only {@code work} on the stores of one connection. */
  public <T> T read(Function<Stores, T> work) {
    return storage.read(work);
  }

  /** Runs {@code work} on the stores of one transaction (re-run from the start after a lost race). */
  public <T> T write(Function<Stores, T> work) {
    return storage.write(work);
  }
}
