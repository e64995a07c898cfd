package dev.treaty.benchmarks.broker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.broker.server.BrokerConfig;
import dev.treaty.broker.server.TreatyBroker;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tiny run of the load driver against a real broker (H2), so the benchmark keeps working; figures meaningless. */
class BrokerLoadSmokeTest {
  @TempDir Path dataDir;

  @Test
  void everyPhaseRunsAgainstARealBroker() throws InterruptedException {
    try (TreatyBroker broker = TreatyBroker.start(BrokerConfig.builder().host("127.0.0.1").port(0).dataDir(dataDir).build())) {
      LoadOptions options = LoadOptions.parse("--broker", broker.url().toString(), "--pacticipants", "6", "--hub-consumers", "1",
          "--warmup", "6", "--publishes", "12", "--publish-clients", "3",
          "--verification-requests", "8", "--verification-clients", "2");

      BrokerLoad.Report report = new BrokerLoad(options).run();

      assertThat(report.publishLatency().count()).isEqualTo(12);
      assertThat(report.popularProviderLatency().count() + report.otherProviderLatency().count()).isEqualTo(8);
      assertThat(report.publishesPerSecond()).isPositive();
      assertThat(report.pactsPerPopularRequest()).as("the popular provider's pacts are selected").isPositive();
      assertThat(report.describe()).contains("publications/s", "p99");
    }
  }
}
