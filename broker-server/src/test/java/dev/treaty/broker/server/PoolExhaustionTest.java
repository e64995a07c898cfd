package dev.treaty.broker.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.broker.testing.Backend;
import dev.treaty.broker.testing.BrokerHttp.Reply;
import dev.treaty.broker.testing.RunningBroker;
import java.sql.Connection;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** A broker with one pooled connection, which the test holds: requests must not wait for it. */
@ParameterizedClass
@EnumSource(Backend.class)
class PoolExhaustionTest {
  private static final Duration POOL_WAIT = Duration.ofMillis(300);

  @Parameter Backend backend;

  private RunningBroker broker;

  @BeforeEach
  void start() {
    broker = RunningBroker.start(backend, config -> config.maxPoolSize(1).poolWaitTimeout(POOL_WAIT));
  }

  @AfterEach
  void stop() {
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  void aRequestThatGetsNoConnectionWithinThePoolWaitGets503WithRetryAfter() throws Exception {
    Reply reply;
    long started;
    long elapsedMs;
    try (Connection held = broker.broker().database().dataSource().getConnection()) {
      started = System.nanoTime();
      reply = broker.http().get("/pacticipants");
      elapsedMs = (System.nanoTime() - started) / 1_000_000;
    }

    assertThat(reply.status()).isEqualTo(503);
    assertThat(reply.header("Retry-After")).isEqualTo("1");
    assertThat(reply.json().get("errors").get(0).asText())
        .isEqualTo("The broker is busy (no database connection free); retry after 1 s");
    assertThat(elapsedMs).as("answered after the pool wait, not later").isBetween(POOL_WAIT.toMillis() - 50, 3_000L);
    assertThat(broker.http().get("/pacticipants").status()).as("serves again once the connection is back").isEqualTo(200);
  }

  @Test
  void healthAnswersFastAndReadySays503WithRetryAfterWhileThePoolIsExhausted() throws Exception {
    try (Connection held = broker.broker().database().dataSource().getConnection()) {
      long started = System.nanoTime();
      Reply health = broker.http().get("/health");
      long healthMs = (System.nanoTime() - started) / 1_000_000;
      Reply ready = broker.http().get("/ready");

      assertThat(health.status()).isEqualTo(200);
      assertThat(health.json().get("status").asText()).isEqualTo("UP");
      assertThat(healthMs).as("/health waits for no database connection").isLessThan(POOL_WAIT.toMillis());
      assertThat(ready.status()).isEqualTo(503);
      assertThat(ready.header("Retry-After")).isEqualTo("1");
      assertThat(ready.json().get("status").asText()).isEqualTo("DOWN");
      assertThat(ready.json().at("/checks/database").asText()).isEqualTo("DOWN");
      assertThat(ready.json().get("problem").asText())
          .isEqualTo("database connection pool exhausted: every connection is in use");
      assertThat(ready.body()).doesNotContain("jdbc:").doesNotContain("password");
    }
    assertThat(broker.http().get("/ready").status()).as("ready again once the connection is back").isEqualTo(200);
  }

  @Test
  void theBusyPoolShowsInTheMetrics() throws Exception {
    try (Connection held = broker.broker().database().dataSource().getConnection()) {
      broker.http().get("/ready");

      assertThat(broker.http().get("/metrics").body())
          .contains("hikaricp_connections_active{pool=\"treaty-db\"} 1.0")
          .contains("hikaricp_connections_max{pool=\"treaty-db\"} 1.0")
          .containsPattern("hikaricp_connections_timeout_total\\{pool=\"treaty-db\"} [1-9]");
    }
  }
}
