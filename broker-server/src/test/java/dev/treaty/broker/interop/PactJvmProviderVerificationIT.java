package dev.treaty.broker.interop;

import static dev.treaty.broker.interop.PactFiles.Expectation.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactBroker;
import au.com.dius.pact.provider.junitsupport.loader.PactBrokerConsumerVersionSelectors;
import au.com.dius.pact.provider.junitsupport.loader.SelectorBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.broker.interop.PactFiles.Spec;
import dev.treaty.broker.testing.Backend;
import dev.treaty.broker.testing.BrokerHttp.Reply;
import dev.treaty.broker.testing.BrokersPerBackend;
import dev.treaty.broker.testing.RunningBroker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EventType;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * pact-jvm 4.6.21's JUnit 5 provider verification ({@code @PactBroker}) against a running broker:
 * it fetches the pacts for verification, verifies a real HTTP provider and publishes the results
 * with the provider version and branch. The pact-jvm test class is {@link OrderServicePactJvmFixture},
 * run through JUnit's {@link EngineTestKit}.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class PactJvmProviderVerificationIT {
  static final String PROVIDER = "pactjvm-orders";
  @RegisterExtension static final BrokersPerBackend BROKERS = new BrokersPerBackend();

  @Parameter Backend backend;
  @TempDir Path dir;

  RunningBroker broker() {
    return BROKERS.get(backend);
  }

  @Test
  void verifiesTheMainBranchPactAndPublishesTheResultWithVersionAndBranch() {
    String consumer = "pactjvm-web-" + backend.name().toLowerCase();
    publish(consumer, "1.0.0", "main", PactFiles.write(dir, Spec.V3, consumer, PROVIDER, List.of(order(1, "PAID"), order(2, "PAID"))));

    EngineExecutionResults results;
    try (OrderService service = OrderService.start("PAID")) {
      results = runFixture(service, "3.1.0-" + backend);
    }

    assertThat(problems(results)).as("pact-jvm failures").isEmpty();
    assertThat(results.testEvents().succeeded().count()).as("one test per interaction of the main-branch pact").isEqualTo(2);
    BrokerReads reads = new BrokerReads(broker().http());
    JsonNode result = reads.requireVerification(consumer, "1.0.0", PROVIDER);
    assertThat(result.path("success").asBoolean()).as("%s", result).isTrue();
    assertThat(result.path("providerApplicationVersion").asText()).isEqualTo("3.1.0-" + backend);
    assertThat(reads.branches(PROVIDER, "3.1.0-" + backend)).containsExactly("main");
  }

  /** Every failed or aborted test or container, with its exception, so a failure says what pact-jvm saw. */
  private static List<String> problems(EngineExecutionResults results) {
    return results.allEvents().stream()
        .filter(event -> event.getType() == EventType.FINISHED || event.getType() == EventType.SKIPPED)
        .filter(event -> event.getPayload(TestExecutionResult.class)
            .map(result -> result.getStatus() != TestExecutionResult.Status.SUCCESSFUL).orElse(true))
        .map(event -> event.getTestDescriptor().getDisplayName() + ": " + event.getPayload(TestExecutionResult.class)
            .flatMap(TestExecutionResult::getThrowable).map(PactJvmProviderVerificationIT::describe)
            .orElse(event.getPayload(String.class).orElse(event.getType().name())))
        .toList();
  }

  private static String describe(Throwable failure) {
    java.io.StringWriter text = new java.io.StringWriter();
    failure.printStackTrace(new java.io.PrintWriter(text));
    return text.toString();
  }

  private void publish(String consumer, String version, String branch, Path pact) {
    Map<String, Object> contract = new LinkedHashMap<>();
    contract.put("consumerName", consumer);
    contract.put("providerName", PROVIDER);
    contract.put("specification", "pact");
    contract.put("contentType", "application/json");
    contract.put("content", Base64.getEncoder().encodeToString(PactFiles.read(pact).getBytes(StandardCharsets.UTF_8)));
    Map<String, Object> body = Map.of(
        "pacticipantVersionNumber", version, "pacticipantName", consumer, "branch", branch, "tags", List.of(),
        "contracts", List.of(contract));
    Reply reply = broker().http().post("/contracts/publish", Json.write(body));
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
  }

  /** Runs the pact-jvm test class with the system properties pact-jvm reads for publishing. */
  private EngineExecutionResults runFixture(OrderService service, String providerVersion) {
    Map<String, String> properties = Map.of(
        "pactbroker.url", broker().url(),
        "pact.verifier.publishResults", "true",
        "pact.provider.version", providerVersion,
        "pact.provider.branch", "main");
    properties.forEach(System::setProperty);
    OrderServicePactJvmFixture.port = service.port();
    try {
      return EngineTestKit.engine("junit-jupiter").selectors(selectClass(OrderServicePactJvmFixture.class)).execute();
    } finally {
      properties.keySet().forEach(System::clearProperty);
    }
  }

  /** A pact-jvm provider test as a provider team writes it; run only by the test above. */
  @Provider(PROVIDER)
  @PactBroker(url = "${pactbroker.url}", enablePendingPacts = "true", providerBranch = "${pact.provider.branch}")
  public static class OrderServicePactJvmFixture {
    static volatile int port;

    @PactBrokerConsumerVersionSelectors
    public static SelectorBuilder selectors() {
      return new SelectorBuilder().mainBranch();
    }

    @BeforeEach
    void target(PactVerificationContext context) {
      context.setTarget(new HttpTestTarget("127.0.0.1", port));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void verify(PactVerificationContext context) {
      context.verifyInteraction();
    }
  }
}
