package dev.treaty.broker.internal.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.broker.testing.BrokerHttp;
import dev.treaty.broker.testing.BrokerHttp.Reply;
import io.javalin.Javalin;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One request may run, one may wait 300 ms; a bare Javalin with a route that blocks until released. */
class AdmissionControlTest {
  private final CountDownLatch release = new CountDownLatch(1);
  private final CountDownLatch running = new CountDownLatch(1);
  private Javalin app;
  private BrokerHttp http;

  @BeforeEach
  void start() {
    app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.jetty.modifyServer(server -> server.setHandler(new AdmissionControl(1, 1, Duration.ofMillis(300))));
      config.routes.get("/slow", ctx -> {
        running.countDown();
        release.await(10, TimeUnit.SECONDS);
        ctx.result("done");
      });
    }).start("127.0.0.1", 0);
    http = new BrokerHttp(URI.create("http://127.0.0.1:" + app.port()));
  }

  @AfterEach
  void stop() {
    release.countDown();
    app.stop();
  }

  @Test
  void requestsBeyondTheRunningAndWaitingOnesGet503WithRetryAfterAtOnce() throws Exception {
    CompletableFuture<Reply> first = CompletableFuture.supplyAsync(() -> http.get("/slow"));
    assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<Reply> waiting = CompletableFuture.supplyAsync(() -> http.get("/slow"));
    Thread.sleep(100);

    long started = System.nanoTime();
    Reply refused = http.get("/slow");

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(250));
    assertBusy(refused);
    assertBusy(waiting.get(5, TimeUnit.SECONDS));
    release.countDown();
    assertThat(first.get(5, TimeUnit.SECONDS).body()).isEqualTo("done");
    assertThat(http.get("/slow").status()).as("admits again once the load is gone").isEqualTo(200);
  }

  private static void assertBusy(Reply reply) {
    assertThat(reply.status()).isEqualTo(503);
    assertThat(reply.header("Retry-After")).isEqualTo("1");
    assertThat(reply.header("Content-Type")).startsWith("application/hal+json");
    assertThat(reply.json().get("errors").get(0).asText())
        .isEqualTo("The broker is busy (too many requests at once); retry after 1 s");
  }
}
