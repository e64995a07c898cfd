package dev.treaty.broker.internal.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.broker.testing.BrokerHttp;
import dev.treaty.broker.testing.BrokerHttp.Reply;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One request may run and one may wait; a bare Javalin with a route that blocks until released.
 * No assertion depends on how fast the machine is: "at once" means long before the waiting
 * request's own limit.
 */
class AdmissionControlTest {
  private final CountDownLatch release = new CountDownLatch(1);
  private final CountDownLatch running = new CountDownLatch(1);
  // One thread per blocked request: the common pool may have a single thread on a small machine.
  private final ExecutorService clients = Executors.newCachedThreadPool();
  private AdmissionControl admission;
  private BareServer server;
  private BrokerHttp http;

  private void start(Duration maxWait) {
    admission = new AdmissionControl(1, 1, maxWait);
    server = BareServer.start(admission, routes -> routes.get("/slow", ctx -> {
      running.countDown();
      release.await(30, TimeUnit.SECONDS);
      ctx.result("done");
    }));
    http = server.http();
  }

  @AfterEach
  void stop() {
    release.countDown();
    if (server != null) {
      server.close();
    }
    clients.shutdownNow();
  }

  @Test
  void aRequestBeyondTheRunningAndWaitingOnesIsRefusedAtOnceAndTheWaitingOneIsServedLater() throws Exception {
    start(Duration.ofSeconds(20));
    CompletableFuture<Reply> first = CompletableFuture.supplyAsync(() -> http.get("/slow"), clients);
    assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<Reply> waiting = CompletableFuture.supplyAsync(() -> http.get("/slow"), clients);
    awaitSuspended(1);

    long started = System.nanoTime();
    Reply refused = http.get("/slow");

    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .as("refused without waiting (the waiting request may wait 20 s)").isLessThan(Duration.ofSeconds(10));
    assertBusy(refused);
    assertThat(waiting).as("still waiting for the running request").isNotDone();
    release.countDown();
    assertThat(first.get(5, TimeUnit.SECONDS).body()).isEqualTo("done");
    assertThat(waiting.get(5, TimeUnit.SECONDS).body()).as("admitted once the running one ended").isEqualTo("done");
    assertThat(http.get("/slow").status()).as("admits again once the load is gone").isEqualTo(200);
  }

  @Test
  void aWaitingRequestGets503WithRetryAfterWhenItsWaitRunsOut() throws Exception {
    start(Duration.ofMillis(300));
    CompletableFuture<Reply> first = CompletableFuture.supplyAsync(() -> http.get("/slow"), clients);
    assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();

    Reply waited = http.get("/slow");

    assertBusy(waited);
    assertThat(first).as("the running request is not disturbed").isNotDone();
    release.countDown();
    assertThat(first.get(5, TimeUnit.SECONDS).body()).isEqualTo("done");
  }

  /** Waits until {@code count} requests are suspended (queued) by the handler. */
  private void awaitSuspended(int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (admission.getSuspendedRequestCount() < count) {
      assertThat(System.nanoTime()).as("%d request(s) suspended within 10 s", count).isLessThan(deadline);
      Thread.sleep(10);
    }
  }

  private static void assertBusy(Reply reply) {
    assertThat(reply.status()).isEqualTo(503);
    assertThat(reply.header("Retry-After")).isEqualTo("1");
    assertThat(reply.header("Content-Type")).startsWith("application/hal+json");
    assertThat(reply.json().get("errors").get(0).asText())
        .isEqualTo("The broker is busy (too many requests at once); retry after 1 s");
  }
}
