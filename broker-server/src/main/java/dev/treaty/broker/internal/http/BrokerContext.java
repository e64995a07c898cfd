package dev.treaty.broker.internal.http;

import dev.treaty.broker.internal.access.Gatekeeper;
import dev.treaty.broker.internal.access.Principal;
import dev.treaty.broker.internal.api.Hal;
import dev.treaty.broker.internal.store.AuditEvent;
import dev.treaty.broker.internal.store.Database;
import dev.treaty.broker.internal.store.Storage;
import dev.treaty.broker.internal.store.Stores;
import dev.treaty.broker.server.BrokerConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * What every route handler needs: configuration, link building, and the one door to storage,
 * {@link #read} and {@link #write}, each handing the work the stores of one transaction.
 *
 * <p>Each request gets its own view ({@link #forRequest}) carrying who made it: its first write
 * records that in the audit log in the same transaction, so an acknowledged write always has its
 * audit entry and a write that did not happen has none.
 */
public final class BrokerContext {
  private final BrokerConfig config;
  private final Storage storage;
  private final BaseUrls baseUrls;
  private final ReadinessCheck readiness;
  private final Gatekeeper gatekeeper;
  private final AtomicBoolean stopping;
  private final Principal principal;
  private final AuditEvent.Entry audit;
  private boolean audited;

  public BrokerContext(BrokerConfig config, Database database, BaseUrls baseUrls, Clock clock) {
    this.config = config;
    this.storage = new Storage(database, clock);
    this.baseUrls = baseUrls;
    this.readiness = new ReadinessCheck(storage::read);
    this.gatekeeper = new Gatekeeper(config.access(), storage);
    this.stopping = new AtomicBoolean();
    this.principal = Principal.ANONYMOUS;
    this.audit = null;
  }

  private BrokerContext(BrokerContext broker, Principal principal, AuditEvent.Entry audit) {
    this.config = broker.config;
    this.storage = broker.storage;
    this.baseUrls = broker.baseUrls;
    this.readiness = broker.readiness;
    this.gatekeeper = broker.gatekeeper;
    this.stopping = broker.stopping;
    this.principal = principal;
    this.audit = audit;
  }

  /** This broker as one request by {@code principal} sees it: its writes are audited as {@code audit} (null: not audited). */
  BrokerContext forRequest(Principal principal, AuditEvent.Entry audit) {
    return new BrokerContext(this, principal, audit);
  }

  /** Who made this request ({@link Principal#ANONYMOUS} when access control is off). */
  Principal principal() {
    return principal;
  }

  /** Marks the broker as shutting down: {@code /health} answers 503 from now on. */
  public void markStopping() {
    stopping.set(true);
  }

  boolean stopping() {
    return stopping.get();
  }

  ReadinessCheck readiness() {
    return readiness;
  }

  Gatekeeper gatekeeper() {
    return gatekeeper;
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

  /**
   * Runs {@code work} on the stores of one transaction (re-run from the start after a lost race);
   * the request's first write also records its audit entry.
   */
  public <T> T write(Function<Stores, T> work) {
    if (audit == null || audited) {
      return storage.write(work);
    }
    T result = storage.write(stores -> {
      T value = work.apply(stores);
      stores.audit().record(audit);
      return value;
    });
    audited = true;
    return result;
  }
}
