package dev.treaty.broker.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.broker.internal.api.JsonTrees;
import dev.treaty.broker.testing.BrokerHttp;
import dev.treaty.broker.testing.BrokerProcess;
import dev.treaty.broker.testing.PactFixtures;
import dev.treaty.broker.testing.PostgresAccess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Memory is bounded by design" (issue 12): ten concurrent publications just under the 10 MB body
 * limit to the real broker jar on a 256 MiB heap (the 512 MiB one ran out of memory and
 * H2 closed its database for good: every later request was a 500). Now each is accepted or told to
 * retry (503 with Retry-After) before its body is read; the broker stays healthy and serves every
 * publication it acknowledged. And if memory does run out (a budget set far too large for the
 * heap), the process stops at once with status 3 and one log line, and restarts on its data whole.
 */
class MemoryBoundIT {
  private static final int PUBLICATIONS = 10;
  private static final int PACT_BYTES = 7 * 1024 * 1024; // about 9.5 MB once base64'd into the publish body
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Test
  void concurrentPublicationsNearTheBodyLimitOnASmallHeapAreAcceptedOrRefusedAndNothingBreaksOnTheEmbeddedDatabase(
      @TempDir Path dir) throws Exception {
    boundedUnderLoad(dir, List.of("--data-dir", dir.resolve("data").toString()));
  }

  @Test
  void concurrentPublicationsNearTheBodyLimitOnASmallHeapAreAcceptedOrRefusedAndNothingBreaksOnPostgresql(
      @TempDir Path dir) throws Exception {
    String schema = "treaty_memory_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    boundedUnderLoad(dir, List.of("--db-url", PostgresAccess.jdbcUrl(), "--db-schema", schema));
  }

  @Test
  void runningOutOfMemoryStopsTheProcessWithStatus3AndItRestartsOnItsDataWhole(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("data");
    int port = BrokerProcess.freePort();
    // A budget far beyond what an 80 MiB heap can hold: nothing stops the bodies, so memory runs out.
    BrokerProcess broker = BrokerProcess.start(BrokerProcess.jar(), dir.resolve("oom"), List.of("-Xmx80m"),
        List.of("--host", "127.0.0.1", "--port", Integer.toString(port), "--data-dir", data.toString(),
            "--body-memory-budget", "1000000000"), Map.of());
    BrokerHttp small = broker.awaitHealthy(port);
    assertThat(small.post("/contracts/publish", smallPublication("oom-c", "1")).status()).isEqualTo(200);

    List<Reply> replies = publishConcurrently(port, "oom", 6);

    assertThat(broker.awaitExit(60)).as("the broker stopped on its own:%n%s", tail(broker)).isTrue();
    assertThat(broker.exitCode()).as(tail(broker)).isEqualTo(3);
    assertThat(broker.output()).contains("Out of memory (").contains("the broker stops now with exit status 3");
    assertThat(replies).as("no answer says an error was the client's or the broker's fault (500)")
        .noneMatch(reply -> reply.status() == 500);

    int again = BrokerProcess.freePort();
    BrokerProcess restarted = BrokerProcess.start(BrokerProcess.jar(), dir.resolve("restart"),
        List.of("--host", "127.0.0.1", "--port", Integer.toString(again), "--data-dir", data.toString()), Map.of());
    try {
      BrokerHttp http = restarted.awaitHealthy(again);
      awaitReady(http);
      assertThat(http.get("/pacts/provider/mem-p/consumer/oom-c/version/1").status()).as("acknowledged before the crash").isEqualTo(200);
      assertReadBack(again, replies);
    } finally {
      restarted.stop();
    }
  }

  private static void boundedUnderLoad(Path dir, List<String> database) throws Exception {
    int port = BrokerProcess.freePort();
    List<String> args = new ArrayList<>(List.of("--host", "127.0.0.1", "--port", Integer.toString(port)));
    args.addAll(database);
    BrokerProcess broker = BrokerProcess.start(BrokerProcess.jar(), dir.resolve("logs"), List.of("-Xmx256m"), args, Map.of());
    try {
      BrokerHttp http = broker.awaitHealthy(port);

      List<Reply> replies = publishConcurrently(port, "mem", PUBLICATIONS);

      assertThat(broker.process().isAlive()).as("still running:%n%s", tail(broker)).isTrue();
      for (Reply reply : replies) {
        assertThat(reply.status()).as("%s: %s", reply.consumer(), reply.body()).isIn(200, 413, 503);
        if (reply.status() == 503) {
          assertThat(reply.retryAfter()).as(reply.body()).isEqualTo("1");
        }
      }
      assertThat(replies).as("at least one was accepted").anyMatch(reply -> reply.status() == 200);
      assertThat(http.get("/health").status()).isEqualTo(200);
      awaitReady(http);
      assertThat(http.post("/contracts/publish", smallPublication("mem-small", "1")).status()).as("a normal publication").isEqualTo(200);
      assertReadBack(port, replies);
      assertThat(broker.output()).doesNotContain("OutOfMemoryError").doesNotContain("Out of memory");
    } finally {
      broker.stop();
    }
  }

  /** One answered publication (status 0: the connection ended without an answer). */
  private record Reply(String consumer, int status, String retryAfter, String body, int interactions) {}

  private static List<Reply> publishConcurrently(int port, String prefix, int count) throws Exception {
    List<CompletableFuture<Reply>> sent = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String consumer = prefix + "-c" + i;
      String pact = PactFixtures.largePact(consumer, "mem-p", PACT_BYTES);
      int interactions = JsonTrees.MAPPER.readTree(pact).get("interactions").size();
      String body = PactFixtures.publishRequest(consumer, "1", "main", List.of(), "mem-p", pact);
      HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/contracts/publish"))
          .timeout(Duration.ofSeconds(50))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body))
          .build();
      sent.add(CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofString())
          .thenApply(response -> new Reply(consumer, response.statusCode(), response.headers().firstValue("Retry-After").orElse(null),
              response.body().length() > 300 ? response.body().substring(0, 300) : response.body(), interactions))
          .exceptionally(failure -> new Reply(consumer, 0, null, failure.toString(), interactions)));
    }
    CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(55, TimeUnit.SECONDS);
    return sent.stream().map(CompletableFuture::join).toList();
  }

  /** Every publication answered 200 is there, whole: every interaction it was sent with. */
  private static void assertReadBack(int port, List<Reply> replies) throws Exception {
    for (Reply reply : replies) {
      if (reply.status() != 200) {
        continue;
      }
      HttpResponse<String> read = CLIENT.send(HttpRequest.newBuilder(
              URI.create("http://127.0.0.1:" + port + "/pacts/provider/mem-p/consumer/" + reply.consumer() + "/version/1"))
          .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(read.statusCode()).as("%s acknowledged: %s", reply.consumer(), read.body().substring(0, Math.min(300, read.body().length())))
          .isEqualTo(200);
      JsonNode interactions = JsonTrees.MAPPER.readTree(read.body()).get("interactions");
      assertThat(interactions.size()).as(reply.consumer()).isEqualTo(reply.interactions());
      assertThat(interactions.get(interactions.size() - 1).at("/response/body/text").asText()).startsWith(reply.consumer() + " ");
    }
  }

  /** Polls {@code /ready} (a just-started JVM may take longer than its 500 ms bound once) for up to 30 s. */
  private static void awaitReady(BrokerHttp http) throws InterruptedException {
    BrokerHttp.Reply ready = http.get("/ready");
    for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30); ready.status() != 200 && System.nanoTime() < deadline; ) {
      Thread.sleep(200);
      ready = http.get("/ready");
    }
    assertThat(ready.status()).as(ready.body()).isEqualTo(200);
  }

  private static String smallPublication(String consumer, String version) {
    return PactFixtures.publishRequest(consumer, version, null, List.of(), "mem-p", PactFixtures.pact(consumer, "mem-p", "a"));
  }

  private static String tail(BrokerProcess broker) {
    List<String> lines = broker.output().lines().filter(line -> !line.startsWith("\tat ")).toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
  }
}
