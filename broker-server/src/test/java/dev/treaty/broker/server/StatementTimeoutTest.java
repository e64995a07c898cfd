package dev.treaty.broker.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.broker.testing.Backend;
import dev.treaty.broker.testing.BrokerHttp.Reply;
import dev.treaty.broker.testing.BrokerSeed;
import dev.treaty.broker.testing.RunningBroker;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A statement that runs past {@code --statement-timeout} is cancelled by the database itself and
 * the request gets 503 with {@code Retry-After} saying the query took too long, never a 500; its
 * connection goes back to the pool. The query is a real one over 5,000 tagged publications (all
 * versions with a tag), far longer than the 1 ms allowed.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class StatementTimeoutTest {
  private static final String ALL_TAGGED = "{\"consumerVersionSelectors\":[{\"tag\":\"dev\"}]}";

  @Parameter Backend backend;

  private RunningBroker broker;

  @AfterEach
  void stop() {
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  void aQueryPastTheStatementTimeoutIs503WithRetryAfterSayingItTookTooLong() {
    broker = RunningBroker.start(backend, config -> config.statementTimeout(Duration.ofMillis(1)));
    BrokerSeed.of(broker).taggedPublications("slow-consumer", "slow-provider", "1.0.", 5_000, "dev");

    Reply reply = broker.http().post("/pacts/provider/slow-provider/for-verification", ALL_TAGGED);

    assertThat(reply.status()).as(reply.body()).isEqualTo(503);
    assertThat(reply.header("Retry-After")).isEqualTo("1");
    assertThat(reply.json().get("errors").get(0).asText()).isEqualTo("The database query took too long: it ran past the "
        + "statement timeout (1 ms, --statement-timeout) and was cancelled, and nothing was saved; retry after 1 s, "
        + "or ask for less at once (fewer selectors, a smaller page)");
    assertThat(broker.http().get("/metrics").body()).as("the connection is back in the pool")
        .contains("hikaricp_connections_active{pool=\"treaty-db\"} 0.0");
  }
}
