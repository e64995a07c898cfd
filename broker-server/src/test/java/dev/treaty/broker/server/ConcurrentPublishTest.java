package dev.treaty.broker.server;

import static dev.treaty.broker.testing.PactFixtures.pact;
import static dev.treaty.broker.testing.PactFixtures.publishRequest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.broker.testing.Backend;
import dev.treaty.broker.testing.BrokerHttp;
import dev.treaty.broker.testing.BrokersPerBackend;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Requests racing to create the same pacticipant, version, branch and content all succeed, once. */
@ParameterizedClass
@EnumSource(Backend.class)
class ConcurrentPublishTest {
  @RegisterExtension static final BrokersPerBackend BROKERS = new BrokersPerBackend();

  @Parameter Backend backend;

  @Test
  void racingPublishesOfTheSameNewVersionAllSucceed() throws Exception {
    BrokerHttp http = BROKERS.get(backend).http();
    String body = publishRequest("CcA", "1", "main", List.of("dev"), "CcB", pact("CcA", "CcB", "a"));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> replies = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        replies.add(pool.submit(() -> http.post("/contracts/publish", body).status()));
      }
      for (Future<Integer> reply : replies) {
        assertThat(reply.get()).isEqualTo(200);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(http.get("/pacticipants/CcA/versions").json().at("/page/totalElements").asLong()).isEqualTo(1);
    assertThat(http.get("/pacts/provider/CcB/consumer/CcA/version/1").json().get("interactions")).hasSize(1);
  }
}
