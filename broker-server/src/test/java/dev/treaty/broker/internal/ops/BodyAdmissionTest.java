package dev.treaty.broker.internal.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.broker.internal.api.ApiException;
import dev.treaty.broker.testing.BrokerHttp;
import dev.treaty.broker.testing.BrokerHttp.Reply;
import dev.treaty.broker.testing.RawHttp;
import java.io.InputStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A bare Javalin behind {@link BodyAdmission} with a budget of 1000 bytes and bodies of at most 800:
 * {@code /hold} reads its body (counting it) and waits until released, {@code /read} just reads it.
 */
class BodyAdmissionTest {
  private final CountDownLatch release = new CountDownLatch(1);
  private final CountDownLatch holding = new CountDownLatch(1);
  private final ExecutorService clients = Executors.newCachedThreadPool();
  private final MemoryBudget budget = new MemoryBudget(1000);
  private BareServer server;
  private BrokerHttp http;

  private void start(long maxBodyBytes) {
    server = BareServer.start(new BodyAdmission(maxBodyBytes, budget, Duration.ofMillis(300)), routes -> {
      routes.post("/hold", ctx -> {
        ctx.result("read " + read(ctx.req().getInputStream(), allowance(ctx.req().getAttribute(BodyAllowance.ATTRIBUTE))));
        holding.countDown();
        release.await(30, TimeUnit.SECONDS);
      });
      routes.post("/read", ctx -> ctx.result("read " + read(ctx.req().getInputStream(), allowance(ctx.req().getAttribute(BodyAllowance.ATTRIBUTE)))));
      routes.get("/reply", ctx -> {
        allowance(ctx.req().getAttribute(BodyAllowance.ATTRIBUTE)).reserveForReply(600);
        ctx.result("rendered");
      });
      routes.exception(ApiException.class, (e, ctx) -> ctx.status(e.status()).result(e.detail()));
    });
    http = server.http();
  }

  @AfterEach
  void tearDown() {
    release.countDown();
    if (server != null) {
      server.close();
    }
    clients.shutdownNow();
  }

  @Test
  void aBodyTheBudgetHasNoRoomForWaitsThenGets503WithRetryAfterAndTheBudgetIsWholeAgainAfterwards() throws Exception {
    start(800);
    CompletableFuture<Reply> held = CompletableFuture.supplyAsync(() -> http.post("/hold", "x".repeat(700)), clients);
    assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();

    Reply busy = http.post("/read", "y".repeat(400));
    Reply small = http.post("/read", "z".repeat(300));

    assertThat(busy.status()).as(busy.body()).isEqualTo(503);
    assertThat(busy.header("Retry-After")).isEqualTo("1");
    assertThat(busy.json().at("/errors/0").asText()).isEqualTo("The broker is busy (the large requests and replies it is"
        + " processing fill its body memory budget of 1000 bytes); retry after 1 s");
    assertThat(small.body()).as("300 bytes still fit beside the 700 held").isEqualTo("read 300");
    release.countDown();
    assertThat(held.get(10, TimeUnit.SECONDS).body()).isEqualTo("read 700");
    assertThat(http.post("/read", "y".repeat(400)).body()).as("admitted once the held body is done").isEqualTo("read 400");
    awaitAllReleased();
    assertThat(budget.refused()).isEqualTo(1);
  }

  @Test
  void aContentLengthOverTheWholeBudgetIs413NamingTheBudgetAndHowToFixIt() throws Exception {
    start(10_000);

    Reply tooLarge = http.post("/read", "x".repeat(1001));

    assertThat(tooLarge.status()).isEqualTo(413);
    assertThat(tooLarge.json().at("/errors/0").asText()).isEqualTo("The request body is too large: at most 1000 bytes fit the"
        + " broker's body memory budget (--body-memory-budget, by default 1/16 of the heap), got 1001 bytes; send a smaller"
        + " body, or give the broker more heap (-Xmx) or a larger budget");
    awaitAllReleased();
  }

  @Test
  void aChunkedBodyReservesAsItStreamsInAndIsRefusedWhenTheBudgetIsFull() throws Exception {
    start(10_000);
    CompletableFuture<Reply> held = CompletableFuture.supplyAsync(() -> http.post("/hold", "x".repeat(900)), clients);
    assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
    String body = "y".repeat(200);

    RawHttp.Answer answer = RawHttp.exchange(server.uri(),
        RawHttp.chunkedPost("/read", Integer.toHexString(body.length()) + "\r\n" + body + "\r\n0\r\n\r\n"));

    assertThat(answer.status()).as(answer.text()).isEqualTo(503);
    release.countDown();
    held.get(10, TimeUnit.SECONDS);
    RawHttp.Answer later = RawHttp.exchange(server.uri(),
        RawHttp.chunkedPost("/read", Integer.toHexString(body.length()) + "\r\n" + body + "\r\n0\r\n\r\n"));
    assertThat(later.text()).endsWith("read 200");
    awaitAllReleased();
    assertThat(budget.refused()).as("one request refused, counted once").isEqualTo(1);
  }

  @Test
  void aLargeReplyReservesItsSizeAndIs503WhenTheBudgetHasNoRoomForIt() throws Exception {
    start(800);
    CompletableFuture<Reply> held = CompletableFuture.supplyAsync(() -> http.post("/hold", "x".repeat(700)), clients);
    assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();

    Reply busy = http.get("/reply");

    assertThat(busy.status()).as(busy.body()).isEqualTo(503);
    release.countDown();
    held.get(10, TimeUnit.SECONDS);
    assertThat(http.get("/reply").body()).isEqualTo("rendered");
    awaitAllReleased();
  }

  @Test
  void aRequestWithoutABodyReservesNothing() throws Exception {
    start(800);

    assertThat(http.send("POST", "/read", null, Map.of()).body()).isEqualTo("read 0");
    awaitAllReleased();
  }

  /** The reply reaches the client just before the request's completion gives its share back: wait (up to 10 s) for that. */
  private void awaitAllReleased() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (budget.used() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(budget.used()).as("every reservation given back once its request ended").isZero();
  }

  private static BodyAllowance allowance(Object attribute) {
    assertThat(attribute).as("the allowance reaches the servlet request").isInstanceOf(BodyAllowance.class);
    return (BodyAllowance) attribute;
  }

  private static long read(InputStream in, BodyAllowance allowance) throws java.io.IOException {
    long total = 0;
    byte[] buffer = new byte[64];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      allowance.count(n);
      total += n;
    }
    return total;
  }
}
