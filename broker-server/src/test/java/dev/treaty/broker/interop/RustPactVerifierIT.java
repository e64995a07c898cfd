package dev.treaty.broker.interop;

import static dev.treaty.broker.interop.PactFiles.Expectation.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.broker.interop.PactCli.Run;
import dev.treaty.broker.interop.PactFiles.Expectation;
import dev.treaty.broker.interop.PactFiles.Spec;
import dev.treaty.broker.testing.Backend;
import dev.treaty.broker.testing.BrokersPerBackend;
import dev.treaty.broker.testing.RunningBroker;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Rust {@code pact verifier} (npm {@code @pact-foundation/pact-cli@18.1.2}) fetching pacts
 * for verification from a running broker, with selectors and pending, verifying a real HTTP
 * provider and publishing its results back; pacts published with the Rust {@code pact broker publish}.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class RustPactVerifierIT {
  @RegisterExtension static final BrokersPerBackend BROKERS = new BrokersPerBackend();

  @Parameter Backend backend;
  @TempDir Path dir;

  RunningBroker broker() {
    return BROKERS.get(backend);
  }

  BrokerReads reads() {
    return new BrokerReads(broker().http());
  }

  String name(String role) {
    return "verifier-" + role + "-" + backend.name().toLowerCase();
  }

  void publish(String consumer, String provider, String version, String branch, List<Expectation> expectations) {
    Path file = PactFiles.write(dir.resolve(consumer + "-" + version), Spec.V3, consumer, provider, expectations);
    Run run = PactCli.rust().run(dir, "broker", "publish", file.toString(), "--broker-base-url", broker().url(),
        "--consumer-app-version", version, "--branch", branch);
    assertThat(run.exitCode()).as(run::describe).isZero();
  }

  /** Consumer version 1.0.0 on main expects order 1; provider version 1.0.0 (branch main) verified it. */
  void publishMainPactVerifiedByProvider100(String consumer, String provider) {
    publish(consumer, provider, "1.0.0", "main", List.of(order(1, "PAID")));
    try (OrderService service = OrderService.start("PAID")) {
      Run first = verify(service, provider, "1.0.0", "{\"mainBranch\":true}");
      assertThat(first.exitCode()).as(first::describe).isZero();
    }
  }

  Run verify(OrderService service, String provider, String providerVersion, String... selectors) {
    List<String> args = new ArrayList<>(List.of("verifier",
        "--broker-url", broker().url(),
        "--provider-name", provider,
        "--hostname", "127.0.0.1",
        "--port", String.valueOf(service.port()),
        "--publish",
        "--provider-version", providerVersion,
        "--provider-branch", "main",
        "--enable-pending",
        "--no-colour"));
    for (String selector : selectors) {
      args.addAll(List.of("--consumer-version-selectors", selector));
    }
    return PactCli.rust().run(dir, args);
  }

  @Test
  void mainBranchSelectorVerifiesTheMainBranchPactAndPublishesTheResult() {
    String consumer = name("web");
    String provider = name("orders");
    publish(consumer, provider, "1.0.0", "main", List.of(order(1, "PAID")));
    publish(consumer, provider, "1.1.0-feature", "feature-x", List.of(order(2, "PAID")));

    Run run;
    try (OrderService service = OrderService.start("PAID")) {
      run = verify(service, provider, "7.0.0", "{\"mainBranch\":true}");
    }

    assertThat(run.exitCode()).as(run::describe).isZero();
    assertThat(run.output()).as(run::describe).contains("get order 1").doesNotContain("get order 2");
    JsonNode result = reads().requireVerification(consumer, "1.0.0", provider);
    assertThat(result.path("success").asBoolean()).as("%s", result).isTrue();
    assertThat(result.path("providerApplicationVersion").asText()).isEqualTo("7.0.0");
    assertThat(reads().latestVerification(consumer, "1.1.0-feature", provider))
        .as("the feature branch's pact was not selected").isEmpty();
    assertThat(reads().branches(provider, "7.0.0")).as("the verifier recorded the provider branch").containsExactly("main");
  }

  @Test
  void aNewPactThatFailsIsPendingAndDoesNotFailTheVerifier() {
    String consumer = name("pending-web");
    String provider = name("pending-orders");
    publishMainPactVerifiedByProvider100(consumer, provider);
    Expectation needsCurrency = new Expectation("get order 3 with currency", "/orders/3",
        Map.of("id", 3, "status", "PAID", "currency", "EUR"));
    publish(consumer, provider, "2.0.0", "feature-currency", List.of(needsCurrency));

    Run run;
    try (OrderService service = OrderService.start("PAID")) {
      run = verify(service, provider, "1.0.1", "{\"mainBranch\":true}", "{\"branch\":\"feature-currency\"}");
    }

    assertThat(run.exitCode()).as("a failing pending pact must not fail the verifier:\n%s", run.describe()).isZero();
    assertThat(run.output()).as(run::describe).contains("get order 3 with currency").containsIgnoringCase("pending");
    JsonNode failed = reads().requireVerification(consumer, "2.0.0", provider);
    assertThat(failed.path("success").asBoolean(true)).as("%s", failed).isFalse();
    assertThat(failed.path("providerApplicationVersion").asText()).isEqualTo("1.0.1");
    assertThat(failed.path("pending").asBoolean()).as("the broker recorded it as a pending verification: %s", failed).isTrue();
    assertThat(reads().requireVerification(consumer, "1.0.0", provider).path("providerApplicationVersion").asText())
        .isEqualTo("1.0.1");
  }

  @Test
  void aPactVerifiedBeforeIsNotPendingSoABreakingProviderFailsTheVerifier() {
    String consumer = name("breaking-web");
    String provider = name("breaking-orders");
    publishMainPactVerifiedByProvider100(consumer, provider);

    Run run;
    try (OrderService broken = OrderService.start("LOST")) {
      run = verify(broken, provider, "2.0.0", "{\"mainBranch\":true}");
    }

    assertThat(run.exitCode()).as(run::describe).isNotZero();
    assertThat(run.output()).as(run::describe).contains("LOST");
    JsonNode result = reads().requireVerification(consumer, "1.0.0", provider);
    assertThat(result.path("success").asBoolean(true)).as("%s", result).isFalse();
    assertThat(result.path("providerApplicationVersion").asText()).isEqualTo("2.0.0");
    assertThat(result.path("pending").asBoolean(true)).as("not pending: %s", result).isFalse();
  }
}
