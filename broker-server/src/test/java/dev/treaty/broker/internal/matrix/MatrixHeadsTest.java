package dev.treaty.broker.internal.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.broker.testing.Backend;
import dev.treaty.broker.testing.BrokerHttp.Reply;
import dev.treaty.broker.testing.BrokerSeed;
import dev.treaty.broker.testing.BrokersPerBackend;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The other pacticipants' heads a matrix infers from {@code latest}, {@code tag}, {@code mainBranch}
 * and {@code branch}, found for every consumer of a provider in one query: each consumer gets its
 * own head (or none, and then no row), also as of a past time. On H2 and PostgreSQL.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class MatrixHeadsTest {
  @RegisterExtension static final BrokersPerBackend BROKERS = new BrokersPerBackend();

  @Parameter Backend backend;

  private static final Map<Backend, Instant> BETWEEN = new java.util.EnumMap<>(Backend.class);

  /**
   * hd-a: 1.0.0 (main, prod), 2.0.0 (main), then 3.0.0 (feat); hd-b: 1.0.0 (main), then 2.0.0 (feat,
   * prod); hd-c: 1.0.0 (main) only. {@link #BETWEEN} holds a time after the first versions and before the last ones.
   */
  private synchronized void seedOnce() throws InterruptedException {
    BrokerSeed seed = BrokerSeed.of(BROKERS.get(backend));
    if (!seed.longs("SELECT id FROM pacticipants WHERE name = 'hd-hub'").isEmpty()) {
      return;
    }
    publish(seed, "hd-a", "1.0.0", "main", "prod");
    publish(seed, "hd-a", "2.0.0", "main", null);
    publish(seed, "hd-b", "1.0.0", "main", null);
    publish(seed, "hd-c", "1.0.0", "main", null);
    Thread.sleep(50);
    BETWEEN.put(backend, Instant.now());
    Thread.sleep(50);
    publish(seed, "hd-a", "3.0.0", "feat", null);
    publish(seed, "hd-b", "2.0.0", "feat", "prod");
  }

  private static void publish(BrokerSeed seed, String consumer, String version, String branch, String tag) {
    seed.pact(consumer, version, "hd-hub", "get account for " + consumer + " " + version);
    seed.mainBranch(consumer, "main").branch(consumer, version, branch);
    if (tag != null) {
      seed.tag(consumer, version, tag);
    }
  }

  /** Consumer name to the consumer version of its row, for the hub against its consumers' heads. */
  private Map<String, String> heads(String options) throws InterruptedException {
    seedOnce();
    Reply reply = BROKERS.get(backend).http().get("/matrix?q[][pacticipant]=hd-hub&latestby=cvp&" + options);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    Map<String, String> heads = new TreeMap<>();
    for (JsonNode row : reply.json().at("/matrix")) {
      heads.put(row.at("/consumer/name").asText(), row.at("/consumer/version/number").asText());
    }
    return heads;
  }

  @Test
  void latestIsEachConsumersNewestVersion() throws InterruptedException {
    assertThat(heads("latest=true")).isEqualTo(Map.of("hd-a", "3.0.0", "hd-b", "2.0.0", "hd-c", "1.0.0"));
  }

  @Test
  void aTagIsEachConsumersNewestTaggedVersionAndAConsumerWithoutItHasNoRow() throws InterruptedException {
    assertThat(heads("latest=true&tag=prod")).isEqualTo(Map.of("hd-a", "1.0.0", "hd-b", "2.0.0"));
  }

  @Test
  void mainBranchIsEachConsumersOwnMainBranchHead() throws InterruptedException {
    assertThat(heads("latest=true&mainBranch=true")).isEqualTo(Map.of("hd-a", "2.0.0", "hd-b", "1.0.0", "hd-c", "1.0.0"));
  }

  @Test
  void aBranchIsEachConsumersHeadOfThatBranch() throws InterruptedException {
    assertThat(heads("latest=true&branch=feat")).isEqualTo(Map.of("hd-a", "3.0.0", "hd-b", "2.0.0"));
  }

  @Test
  void asOfAPastTimeEachHeadIsTheOneOfThen() throws InterruptedException {
    seedOnce();
    String asOf = "&asOf=" + BETWEEN.get(backend);

    assertThat(heads("latest=true" + asOf)).isEqualTo(Map.of("hd-a", "2.0.0", "hd-b", "1.0.0", "hd-c", "1.0.0"));
    assertThat(heads("latest=true&tag=prod" + asOf)).isEqualTo(Map.of("hd-a", "1.0.0"));
    assertThat(heads("latest=true&mainBranch=true" + asOf)).isEqualTo(Map.of("hd-a", "2.0.0", "hd-b", "1.0.0", "hd-c", "1.0.0"));
    assertThat(heads("latest=true&branch=feat" + asOf)).isEmpty();
  }
}
