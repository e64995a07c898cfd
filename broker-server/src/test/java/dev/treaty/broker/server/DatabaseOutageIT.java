package dev.treaty.broker.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.broker.testing.Backend;
import dev.treaty.broker.testing.BrokerHttp;
import dev.treaty.broker.testing.BrokerHttp.Reply;
import dev.treaty.broker.testing.PactFixtures;
import dev.treaty.broker.testing.PostgresAccess;
import dev.treaty.broker.testing.PublicationAudit;
import dev.treaty.broker.testing.PublishLoad;
import dev.treaty.broker.testing.PublishLoad.Publication;
import dev.treaty.broker.testing.RunningBroker;
import dev.treaty.broker.testing.TcpProxy;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A PostgreSQL outage under a publish load, without stopping the shared server: the broker reaches
 * PostgreSQL through a {@link TcpProxy} that the test cuts and restores. Requests in flight and new
 * ones get 503 with {@code Retry-After}, never a 500; {@code /health} stays fast and {@code /ready}
 * says 503; after the restore every acknowledged publication is there whole and the broker serves
 * again without a restart. A commit whose answer is lost is reported as of unknown outcome, and
 * retrying it is safe.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DatabaseOutageIT {
  private static final Pattern HOST_PORT = Pattern.compile("//([^/:?]+)(?::(\\d+))?/");

  private TcpProxy proxy;
  private RunningBroker broker;

  @BeforeEach
  void start() {
    String url = PostgresAccess.jdbcUrl();
    Matcher target = HOST_PORT.matcher(url);
    assertThat(target.find()).as("host and port in %s", url).isTrue();
    proxy = TcpProxy.to(target.group(1), target.group(2) == null ? 5432 : Integer.parseInt(target.group(2)));
    String proxied = url.substring(0, target.start()) + "//127.0.0.1:" + proxy.port() + "/" + url.substring(target.end());
    broker = RunningBroker.start(Backend.POSTGRESQL, config -> config.dbUrl(proxied).poolWaitTimeout(Duration.ofMillis(500)));
  }

  @AfterEach
  void stop() {
    if (broker != null) {
      broker.close();
    }
    if (proxy != null) {
      proxy.close();
    }
  }

  @Test
  void inFlightAndNewRequestsGet503WithRetryAfterAndEveryAcknowledgedWriteSurvives() throws Exception {
    BrokerHttp http = broker.http();
    Load load = new Load(http);
    try {
      load.awaitAcknowledged(5);
      assertThat(http.get("/health").status()).isEqualTo(200);   // the route's first call loads classes
      proxy.cut();
      long cutAt = System.nanoTime();
      List<Long> healthMillis = new ArrayList<>();
      Reply ready = null;
      while (System.nanoTime() - cutAt < Duration.ofSeconds(3).toNanos()) {
        long started = System.nanoTime();
        Reply health = http.get("/health");
        healthMillis.add((System.nanoTime() - started) / 1_000_000);
        assertThat(health.status()).isEqualTo(200);
        ready = http.get("/ready");
        Thread.sleep(50);
      }
      assertThat(ready.status()).as("/ready during the outage").isEqualTo(503);
      assertThat(ready.header("Retry-After")).isEqualTo("1");
      assertThat(healthMillis).as("/health latencies (ms) during the outage").allMatch(ms -> ms < 100);
      int refusedDuringCut = load.refused();

      proxy.restore();
      awaitReady(http);
      int acknowledgedBefore = load.acknowledged();
      load.awaitAcknowledged(acknowledgedBefore + 5);
      assertThat(refusedDuringCut).as("requests answered 503 during the outage").isPositive();
    } finally {
      load.stop();
    }
    assertThat(load.unexpected()).as("answers other than 200, or 503 with Retry-After").isEmpty();
    assertThat(new PublicationAudit(http).problems(load.sent())).isEmpty();
  }

  @Test
  void aCommitWhoseAnswerIsLostIs503SayingTheOutcomeIsUnknownAndTheRetryIsSafe() throws Exception {
    BrokerHttp http = broker.http();
    String pact = PactFixtures.pact(PublishLoad.CONSUMER, PublishLoad.PROVIDER, "get order 7");
    String body = PactFixtures.publishRequest(PublishLoad.CONSUMER, "7.0.0", PublishLoad.BRANCH, List.of("build-7"), PublishLoad.PROVIDER, pact);
    proxy.loseNextCommitReply();   // the broker's first write: its connection sends COMMIT as text
    Reply lost = http.post("/contracts/publish", body);
    assertThat(proxy.awaitCommitReplyLost(10)).as("the proxy saw the COMMIT and dropped its answer").isTrue();

    assertThat(lost.status()).as(lost.body()).isEqualTo(503);
    assertThat(lost.header("Retry-After")).isEqualTo("1");
    assertThat(lost.json().get("errors").get(0).asText()).isEqualTo(
        "The connection to the database was lost while this write was being committed, so the broker cannot tell "
            + "whether it was saved. Retrying is safe: this write is idempotent (sending it again stores nothing new); "
            + "retry after 1 s");

    proxy.restore();
    awaitReady(http);
    assertThat(http.get("/pacticipants/" + PublishLoad.CONSUMER + "/versions/7.0.0").status())
        .as("the database had committed it").isEqualTo(200);
    Reply retry = http.post("/contracts/publish", body);
    assertThat(retry.status()).as(retry.body()).isEqualTo(200);
    assertThat(new PublicationAudit(http).problems(List.of(new Publication("7.0.0", "build-7", pact, true)))).isEmpty();
  }

  private static void awaitReady(BrokerHttp http) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (http.get("/ready").status() != 200) {
      assertThat(System.nanoTime()).as("ready again within 20 s of the restore").isLessThan(deadline);
      Thread.sleep(100);
    }
  }

  /** Four threads publishing distinct versions back to back, recording every answer. */
  private static final class Load {
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final List<Publication> sent = Collections.synchronizedList(new ArrayList<>());
    private final List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
    private final List<String> refused = Collections.synchronizedList(new ArrayList<>());

    Load(BrokerHttp http) {
      for (int t = 0; t < 4; t++) {
        String prefix = "outage-t" + t;
        threads.submit(() -> {
          for (int n = 0; !stopped.get(); n++) {
            publish(http, prefix + "-" + n, "build-" + prefix);
          }
        });
      }
    }

    private void publish(BrokerHttp http, String version, String tag) {
      String pact = PactFixtures.pact(PublishLoad.CONSUMER, PublishLoad.PROVIDER, "get order " + version);
      String body = PactFixtures.publishRequest(PublishLoad.CONSUMER, version, PublishLoad.BRANCH, List.of(tag), PublishLoad.PROVIDER, pact);
      Reply reply;
      try {
        reply = http.post("/contracts/publish", body);
      } catch (UncheckedIOException e) {
        unexpected.add(version + ": no answer (" + e.getCause() + ")");
        return;
      }
      sent.add(new Publication(version, tag, pact, reply.status() == 200));
      if (reply.status() == 503 && "1".equals(reply.header("Retry-After"))) {
        refused.add(version);
      } else if (reply.status() != 200) {
        unexpected.add(version + ": " + reply.status() + " " + reply.body());
      }
    }

    void awaitAcknowledged(int count) throws InterruptedException {
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (acknowledged() < count) {
        assertThat(System.nanoTime()).as("%s publications acknowledged within 20 s", count).isLessThan(deadline);
        Thread.sleep(20);
      }
    }

    int acknowledged() {
      synchronized (sent) {
        return (int) sent.stream().filter(Publication::acknowledged).count();
      }
    }

    int refused() {
      return refused.size();
    }

    List<Publication> sent() {
      synchronized (sent) {
        return List.copyOf(sent);
      }
    }

    List<String> unexpected() {
      return List.copyOf(unexpected);
    }

    void stop() throws InterruptedException {
      stopped.set(true);
      threads.shutdown();
      threads.awaitTermination(20, TimeUnit.SECONDS);
    }
  }
}
