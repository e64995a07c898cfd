package dev.treaty.junit.provider;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.broker.client.BrokerClient;
import dev.treaty.broker.client.ConsumerVersionSelector;
import dev.treaty.broker.client.ContractPublication;
import dev.treaty.broker.client.PactForVerification;
import dev.treaty.broker.client.PactsForVerificationQuery;
import dev.treaty.broker.testing.Backend;
import dev.treaty.broker.testing.BrokersPerBackend;
import dev.treaty.broker.testing.RunningBroker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code @ContractBroker} against the real broker on H2 and PostgreSQL: a published pact is
 * verified through the JUnit engine, pending while the provider breaks it, and no longer pending
 * once a passing verification is published.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class BrokerEndToEndTest {
  @RegisterExtension static final BrokersPerBackend BROKERS = new BrokersPerBackend();
  private static final Path PACT = Path.of("src/test/resources/provider/contracts/orders/order-web-order-service.json");

  @Parameter Backend backend;

  private RunningBroker broker() {
    return BROKERS.get(backend);
  }

  private List<PactForVerification> pacts() {
    try (BrokerClient client = BrokerClient.builder(broker().url()).build()) {
      return client.pactsForVerification(PactsForVerificationQuery.builder("order-service")
          .selectors(List.of(ConsumerVersionSelector.forMainBranch())).providerBranch("main")
          .includePendingStatus(true).build());
    }
  }

  @Test
  void brokerPactIsPendingUntilAPassingVerificationIsPublished() throws Exception {
    try (BrokerClient client = BrokerClient.builder(broker().url()).build()) {
      client.publish(new ContractPublication("order-web", "1.0.0", "main", List.of(), null,
          List.of(new ContractPublication.Pact("order-service", Files.readString(PACT)))));
    }
    Map<String, String> settings = Map.of("treaty.broker.url", broker().url(),
        "treaty.provider.branch", "main", "treaty.provider.version", "1.0.0-broken");

    var broken = TestKit.run(BrokenFromBroker.class, settings);

    assertThat(TestKit.failures(broken)).isEmpty();
    assertThat(broken.testEvents().aborted().count()).as("pending, so aborted").isGreaterThanOrEqualTo(1);
    assertThat(pacts()).singleElement().extracting(PactForVerification::pending).isEqualTo(true);

    var kept = TestKit.run(FromBroker.class, Map.of("treaty.broker.url", broker().url(),
        "treaty.provider.branch", "main", "treaty.provider.version", "1.0.1"));

    assertThat(TestKit.failures(kept)).isEmpty();
    assertThat(TestKit.started(kept)).containsExactly("order-web · get an order · given order exists",
        "order-web · get a missing order · given no orders");
    assertThat(kept.testEvents().succeeded().count()).isEqualTo(2);
    assertThat(pacts()).singleElement().extracting(PactForVerification::pending).isEqualTo(false);
  }

  @Fixture
  @TreatyProviderTest(provider = "order-service")
  @ContractBroker(enablePending = true)
  static class FromBroker extends OrderServiceFixture {
    @State("no orders")
    void noOrders() {}
  }

  @Fixture
  @TreatyProviderTest(provider = "order-service")
  @ContractBroker(enablePending = true)
  static class BrokenFromBroker extends FromBroker {
    @Override
    boolean broken() {
      return true;
    }
  }
}
