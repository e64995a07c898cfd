package dev.treaty.benchmarks.broker;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The broker load driver: publish throughput ({@code POST /contracts/publish}, a new consumer
 * version each time, N concurrent clients) and pacts-for-verification latency (p50/p99) against a
 * running broker holding the organisation {@link SeedOrganisation} seeds. Run it through
 * {@code benchmarks/broker/run.sh}; figures and method in docs/BENCHMARKS.md.
 */
public final class BrokerLoad {
  private final LoadOptions options;
  private final Organisation organisation;
  private final BrokerRequests requests;
  private final String runId = Long.toString(System.currentTimeMillis(), 36);
  private final AtomicLong popularPacts = new AtomicLong();
  private final AtomicLong otherPacts = new AtomicLong();

  BrokerLoad(LoadOptions options) {
    this.options = options;
    this.organisation = new Organisation(options.pacticipants(), options.providersPerConsumer(), options.hubConsumers());
    this.requests = new BrokerRequests(options.broker(), organisation);
  }

  /** What one run measured. */
  record Report(int publishes, double publishSeconds, Latencies publishLatency,
                Latencies popularProviderLatency, Latencies otherProviderLatency,
                double pactsPerPopularRequest, double pactsPerOtherRequest) {
    double publishesPerSecond() {
      return publishes / publishSeconds;
    }

    String describe() {
      return String.format("""
          publish: %d publications in %.1f s = %.1f publications/s; latency %s
          pacts for verification, popular providers: %s, %.1f pacts selected on average
          pacts for verification, other providers:   %s, %.1f pacts selected on average""",
          publishes, publishSeconds, publishesPerSecond(), publishLatency.summary(),
          popularProviderLatency.summary(), pactsPerPopularRequest, otherProviderLatency.summary(), pactsPerOtherRequest);
    }
  }

  public static void main(String[] args) throws InterruptedException {
    LoadOptions options = LoadOptions.parse(args);
    System.out.println("broker load: " + options);
    Report report = new BrokerLoad(options).run();
    System.out.println(report.describe());
  }

  Report run() throws InterruptedException {
    // Warm-up publications go one at a time: on a fresh broker they create the pacticipants without
    // racing, so the timed phase measures steady state (ConcurrentPublishIT covers the races).
    phase("warm-up publish", options.warmup(), 1, k -> publish(k, "warmup"), new Latencies());
    Latencies warmVerification = new Latencies();
    phase("warm-up verification", options.warmup(), options.verificationClients(), k -> verification(k, warmVerification, warmVerification), null);

    Latencies publishLatency = new Latencies();
    long start = System.nanoTime();
    phase("publish", options.publishes(), options.publishClients(), k -> publish(k, "run"), publishLatency);
    double publishSeconds = (System.nanoTime() - start) / 1e9;

    Latencies popular = new Latencies();
    Latencies other = new Latencies();
    popularPacts.set(0);
    otherPacts.set(0);
    phase("pacts for verification", options.verificationRequests(), options.verificationClients(), k -> verification(k, popular, other), null);
    return new Report(options.publishes(), publishSeconds, publishLatency, popular, other,
        (double) popularPacts.get() / Math.max(1, popular.count()), (double) otherPacts.get() / Math.max(1, other.count()));
  }

  /** One request of a phase; {@code k} numbers it within the phase. */
  @FunctionalInterface
  interface Step {
    void run(long k) throws Exception;
  }

  private void publish(long k, String phase) throws Exception {
    int consumer = organisation.pick(k);
    String branch = k % 5 == 4 ? "feature/bench-" + (k % 7) : "main";
    requests.publish(consumer, "bench-" + runId + "-" + phase + "-" + k, branch);
  }

  /** Even requests ask for a popular provider's pacts, odd ones for any pacticipant's. */
  private void verification(long k, Latencies popular, Latencies other) throws Exception {
    boolean isPopular = k % 2 == 0;
    int provider = isPopular ? 1 + (int) ((k / 2) % organisation.popularProviders()) : organisation.pick(k);
    long start = System.nanoTime();
    int pacts = requests.pactsForVerification(provider);
    (isPopular ? popular : other).add((System.nanoTime() - start) / 1000);
    (isPopular ? popularPacts : otherPacts).addAndGet(pacts);
  }

  /** Runs {@code count} steps on {@code clients} threads; fails on the first error. */
  private void phase(String name, int count, int clients, Step step, Latencies latencies) throws InterruptedException {
    AtomicLong next = new AtomicLong();
    AtomicReference<Exception> failure = new AtomicReference<>();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Thread thread = new Thread(() -> {
        for (long k = next.getAndIncrement(); k < count && failure.get() == null; k = next.getAndIncrement()) {
          long start = System.nanoTime();
          try {
            step.run(k);
          } catch (Exception e) {
            failure.compareAndSet(null, e);
            return;
          }
          if (latencies != null) {
            latencies.add((System.nanoTime() - start) / 1000);
          }
        }
      }, "load-" + name + "-" + c);
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    if (failure.get() != null) {
      throw new IllegalStateException(name + " failed: " + failure.get().getMessage(), failure.get());
    }
  }
}
