package dev.treaty.broker.testing;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Concurrent {@code POST /contracts/publish} load, the way CI builds publish with the Pact CLIs:
 * each thread publishes distinct consumer versions back to back (each with a branch, a tag and its
 * own pact) until the broker stops answering. It records every publication it sent and whether the
 * broker acknowledged it (2xx) before it went away.
 */
public final class PublishLoad implements AutoCloseable {
  /** The consumer every publication is a version of. */
  public static final String CONSUMER = "crash-consumer";
  /** The provider every publication has a pact with. */
  public static final String PROVIDER = "crash-provider";
  /** The branch every publication's version is on (the consumer's main branch). */
  public static final String BRANCH = "main";

  private final ExecutorService threads;
  private final List<Publication> sent = Collections.synchronizedList(new ArrayList<>());
  private final List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
  private final CountDownLatch firstAck = new CountDownLatch(1);
  private final AtomicBoolean stopped = new AtomicBoolean();

  /** One publication: what was sent, and whether the broker answered 2xx. */
  public record Publication(String version, String tag, String pact, boolean acknowledged) {}

  private PublishLoad(BrokerHttp http, String round, int threadCount) {
    // One publication alone first, so that the threads do not all race to create the consumer
    // (ConcurrentPublishIT covers that race); this test is about what a crash keeps.
    publish(http, round + "-first");
    threads = Executors.newFixedThreadPool(threadCount);
    for (int t = 0; t < threadCount; t++) {
      String prefix = round + "-t" + t;
      threads.submit(() -> publishUntilStopped(http, prefix));
    }
  }

  /** Starts {@code threadCount} publishing threads; versions are named {@code <round>-t<thread>-<n>}. */
  public static PublishLoad start(BrokerHttp http, String round, int threadCount) {
    return new PublishLoad(http, round, threadCount);
  }

  private void publishUntilStopped(BrokerHttp http, String prefix) {
    for (int n = 0; !stopped.get(); n++) {
      if (!publish(http, prefix + "-" + n)) {
        return;
      }
    }
  }

  /** Publishes one version and records it; false once the broker is gone. */
  private boolean publish(BrokerHttp http, String version) {
    String tag = "build-" + version.substring(0, version.lastIndexOf('-'));
    String pact = PactFixtures.pact(CONSUMER, PROVIDER, "get order " + version, "list orders " + version);
    String body = PactFixtures.publishRequest(CONSUMER, version, BRANCH, List.of(tag), PROVIDER, pact);
    int status;
    try {
      status = http.post("/contracts/publish", body).status();
    } catch (UncheckedIOException brokerGone) {
      sent.add(new Publication(version, tag, pact, false));
      return false;
    }
    boolean acknowledged = status / 100 == 2;
    sent.add(new Publication(version, tag, pact, acknowledged));
    if (acknowledged) {
      firstAck.countDown();
    } else {
      unexpected.add("POST /contracts/publish of " + version + " answered " + status);
    }
    return true;
  }

  /** Waits until the broker has acknowledged at least one publication of this load. */
  public boolean awaitFirstAcknowledgement(long seconds) throws InterruptedException {
    return firstAck.await(seconds, TimeUnit.SECONDS);
  }

  /** Waits for every thread to give up (the broker is gone) and returns what was sent. */
  public List<Publication> awaitEnd() throws InterruptedException {
    threads.shutdown();
    if (!threads.awaitTermination(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("publishing threads still running 30 s after the broker went away");
    }
    return List.copyOf(sent);
  }

  /** Answers the broker gave that were neither 2xx nor a lost connection (none expected). */
  public List<String> unexpectedAnswers() {
    return List.copyOf(unexpected);
  }

  @Override
  public void close() {
    stopped.set(true);
    threads.shutdownNow();
  }
}
