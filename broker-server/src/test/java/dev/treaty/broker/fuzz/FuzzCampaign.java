package dev.treaty.broker.fuzz;

import dev.treaty.broker.testing.Backend;
import dev.treaty.broker.testing.BrokerHttp;
import dev.treaty.broker.testing.RunningBroker;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * One broker being fuzzed: a real broker on a backend, seeded with a {@link FuzzWorld}, a raw
 * client, the captured server log and the counts. {@link #check} sends one case and fails with
 * the whole reproducer on any finding (nothing is tolerated); {@link #finish}
 * checks the broker is still up and its heap back near where it started.
 */
final class FuzzCampaign implements AutoCloseable {
  /** How often the campaign asks {@code /health} in between (the broker must stay up throughout). */
  private static final int HEALTH_EVERY = 500;
  private static final int TIMEOUT_MILLIS = 20_000;

  private final RunningBroker broker;
  private final FuzzWorld world;
  private final List<Endpoint> endpoints;
  private final RawHttpClient client;
  private final ServerLog log;
  private final String host;
  private final long heapBaseline;
  final CampaignStats stats = new CampaignStats();
  private boolean finished;
  private long lastEnd;

  private FuzzCampaign(RunningBroker broker, ServerLog log) {
    this.broker = broker;
    this.log = log;
    this.world = FuzzWorld.seed(broker.http());
    this.endpoints = EndpointInventory.of(broker.http());
    this.host = "127.0.0.1:" + broker.broker().port();
    this.client = new RawHttpClient("127.0.0.1", broker.broker().port(), TIMEOUT_MILLIS);
    this.heapBaseline = usedHeapAfterGc();
  }

  /** Seeds {@code broker} and starts capturing its log; the broker stays its owner's to close. */
  static FuzzCampaign start(RunningBroker broker) {
    ServerLog log = ServerLog.capture();
    try {
      return new FuzzCampaign(broker, log);
    } catch (RuntimeException e) {
      log.close();
      throw e;
    }
  }

  Backend backend() {
    return broker.backend();
  }

  List<Endpoint> endpoints() {
    return endpoints;
  }

  void check(FuzzCase fuzzCase) {
    long t0 = System.nanoTime();
    if (lastEnd > 0) {
      stats.betweenNanos += t0 - lastEnd;
    }
    Draft draft = fuzzCase.render(world, host);
    RawRequest request = draft.toRaw();
    long started = System.nanoTime();
    stats.renderNanos += started - t0;
    RawReply reply = client.send(request);
    lastEnd = System.nanoTime();
    stats.sendNanos += lastEnd - started;
    stats.record(fuzzCase, reply, System.nanoTime() - started);
    Finding.Kind kind = ReplyOracle.judge(request, reply);
    if (kind != null) {
      String errorId = Finding.errorId(reply);
      Finding finding = new Finding(kind, fuzzCase, String.join("; ", draft.notes), request, reply,
          errorId == null ? null : log.causeOf(errorId));
      if (FuzzSettings.explore()) {
        stats.unknown(finding);
      } else {
        throw new AssertionError("[" + backend() + "] " + finding.describe());
      }
    }
    if (stats.requests.get() % HEALTH_EVERY == 0) {
      requireHealthy("after " + stats.requests.get() + " requests");
    }
  }

  /** The broker is up and ready, and its heap (this JVM's: the broker runs in it) came back near the baseline. */
  CampaignReport finish() {
    finished = true;
    requireHealthy("after the campaign");
    BrokerHttp.Reply ready = broker.http().get("/ready");
    if (ready.status() != 200) {
      throw new AssertionError("[" + backend() + "] /ready answered " + ready.status() + " after the campaign: " + ready.body());
    }
    return new CampaignReport(backend(), stats, heapBaseline, usedHeapAfterGc(), log.warnings(), endpoints);
  }

  boolean finished() {
    return finished;
  }

  private void requireHealthy(String when) {
    BrokerHttp.Reply health = broker.http().get("/health");
    if (health.status() != 200) {
      throw new AssertionError("[" + backend() + "] /health answered " + health.status() + " " + when + ": " + health.body());
    }
  }

  private static long usedHeapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  @Override
  public void close() {
    client.close();
    log.close();
  }
}
