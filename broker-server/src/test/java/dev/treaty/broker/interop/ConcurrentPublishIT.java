package dev.treaty.broker.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.broker.testing.Backend;
import dev.treaty.broker.testing.BrokerHttp.Reply;
import dev.treaty.broker.testing.BrokersPerBackend;
import dev.treaty.broker.testing.RunningBroker;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Many CI builds publish at the same moment: consumers that share providers (created on first
 * publication, in any order) and a branch name must all get 200, never a 500 from a lock or a
 * unique-key race between their transactions.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class ConcurrentPublishIT {
  private static final int BUILDS = 8;
  @RegisterExtension static final BrokersPerBackend BROKERS = new BrokersPerBackend();

  @Parameter Backend backend;

  RunningBroker broker() {
    return BROKERS.get(backend);
  }

  @Test
  void concurrentPublicationsSharingNewProvidersAndBranchesAllSucceed() throws Exception {
    List<String> providers = List.of("shared-a", "shared-b", "shared-c");
    ExecutorService pool = Executors.newFixedThreadPool(BUILDS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Reply>> replies = new ArrayList<>();
    try {
      for (int build = 0; build < BUILDS; build++) {
        List<String> order = new ArrayList<>(providers);
        Collections.rotate(order, build);
        String consumer = "concurrent-web-" + build;
        replies.add(pool.submit(() -> {
          start.await();
          return broker().http().post("/contracts/publish", publication(consumer, "1.0." + consumer.hashCode(), order));
        }));
      }
      start.countDown();
      for (Future<Reply> reply : replies) {
        Reply done = reply.get(60, TimeUnit.SECONDS);
        assertThat(done.status()).as(done.body()).isEqualTo(200);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String publication(String consumer, String version, List<String> providers) {
    List<Map<String, Object>> contracts = new ArrayList<>();
    for (String provider : providers) {
      String pact = "{\"consumer\":{\"name\":\"" + consumer + "\"},\"provider\":{\"name\":\"" + provider + "\"},"
          + "\"interactions\":[{\"description\":\"get order 1\",\"request\":{\"method\":\"GET\",\"path\":\"/orders/1\"},"
          + "\"response\":{\"status\":200}}],\"metadata\":{\"pactSpecification\":{\"version\":\"3.0.0\"}}}";
      Map<String, Object> contract = new LinkedHashMap<>();
      contract.put("consumerName", consumer);
      contract.put("providerName", provider);
      contract.put("specification", "pact");
      contract.put("contentType", "application/json");
      contract.put("content", Base64.getEncoder().encodeToString(pact.getBytes(StandardCharsets.UTF_8)));
      contracts.add(contract);
    }
    return Json.write(Map.of("pacticipantName", consumer, "pacticipantVersionNumber", version, "branch", "main",
        "tags", List.of("ci"), "contracts", contracts));
  }
}
