package dev.treaty.broker.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.broker.testing.Backend;
import dev.treaty.broker.testing.BrokerHttp.Reply;
import dev.treaty.broker.testing.BrokersPerBackend;
import dev.treaty.broker.testing.PactFixtures;
import dev.treaty.broker.testing.RawHttp;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The body memory budget of a real broker (64 KiB here): a request that announced a large body and
 * is still sending it holds its share; a chunked body that needs more than is left gets 503 with
 * Retry-After; once the slow request is gone, its share is free again.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class BodyBudgetTest {
  static final int BUDGET = 64 * 1024;
  @RegisterExtension static final BrokersPerBackend BROKERS = new BrokersPerBackend(config -> config.bodyMemoryBudget(BUDGET));

  @Parameter Backend backend;

  URI base() {
    return BROKERS.get(backend).broker().url();
  }

  @Test
  void aChunkedBodyTheBudgetHasNoRoomForIs503WithRetryAfterAndTheRoomComesBackWhenTheHolderGoes() throws Exception {
    String publication = PactFixtures.publishRequest("bb-c", "1", null, List.of(), "bb-p", PactFixtures.pact("bb-c", "bb-p", "a"));
    String chunked = Integer.toHexString(publication.length()) + "\r\n" + publication + "\r\n0\r\n\r\n";
    try (Socket holder = new Socket(base().getHost(), base().getPort())) {
      OutputStream out = holder.getOutputStream();
      out.write(("POST /contracts/publish HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
          + (BUDGET - 100) + "\r\n\r\n{\"pacticipantName\": \"").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      awaitReserved(BUDGET - 100);

      RawHttp.Answer busy = RawHttp.exchange(base(), RawHttp.chunkedPost("/contracts/publish", chunked));

      assertThat(busy.status()).as(busy.text()).isEqualTo(503);
      assertThat(busy.text()).contains("Retry-After: 1").contains("fill its body memory budget of " + BUDGET + " bytes");
    }
    awaitReserved(0);
    RawHttp.Answer later = RawHttp.exchangeWhole(base(), RawHttp.chunkedPost("/contracts/publish", chunked));
    assertThat(later.status()).as(later.text()).isEqualTo(200);
    Reply metrics = BROKERS.get(backend).http().get("/metrics");
    assertThat(metrics.body()).contains("treaty_body_memory_budget_max_bytes " + (double) BUDGET)
        .containsPattern("treaty_body_memory_budget_refused_total [1-9]");
  }

  /** Waits (up to 10 s) until the budget holds {@code bytes}, as its metric says. */
  private void awaitReserved(long bytes) throws InterruptedException {
    String wanted = "treaty_body_memory_budget_used_bytes " + (double) bytes;
    long deadline = System.nanoTime() + 10_000_000_000L;
    String metrics = BROKERS.get(backend).http().get("/metrics").body();
    while (!metrics.contains(wanted) && System.nanoTime() < deadline) {
      Thread.sleep(20);
      metrics = BROKERS.get(backend).http().get("/metrics").body();
    }
    assertThat(metrics).as("the budget holds %d bytes", bytes).contains(wanted);
  }
}
