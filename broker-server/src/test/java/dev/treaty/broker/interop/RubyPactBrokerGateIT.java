package dev.treaty.broker.interop;

import static dev.treaty.broker.interop.PactFiles.Expectation.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.broker.interop.PactCli.Run;
import dev.treaty.broker.interop.PactFiles.Spec;
import dev.treaty.broker.testing.Backend;
import dev.treaty.broker.testing.BrokersPerBackend;
import dev.treaty.broker.testing.RunningBroker;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The release gate through the Ruby-based {@code pact-broker} (npm {@code @pact-foundation/pact-cli@16.1.7}):
 * create-environment, record-deployment, record-undeployment, record-release, record-support-ended
 * and can-i-deploy (exit 0 yes, 1 no or unknown, with {@code --retry-while-unknown}).
 */
@ParameterizedClass
@EnumSource(Backend.class)
class RubyPactBrokerGateIT {
  @RegisterExtension static final BrokersPerBackend BROKERS = new BrokersPerBackend();

  @Parameter Backend backend;
  @TempDir Path dir;

  RunningBroker broker() {
    return BROKERS.get(backend);
  }

  GateSteps steps() {
    return new GateSteps(broker().http());
  }

  String name(String role) {
    return "rg-" + role + "-" + backend.name().toLowerCase();
  }

  Run pactBroker(String command, String... options) {
    List<String> args = new ArrayList<>(List.of(command));
    args.addAll(List.of(options));
    args.addAll(List.of("--broker-base-url", broker().url()));
    return PactCli.ruby().run(dir, args);
  }

  Run canIDeploy(String pacticipant, String version, String environment, String... options) {
    List<String> args = new ArrayList<>(List.of("--pacticipant", pacticipant, "--version", version, "--to-environment", environment));
    args.addAll(List.of(options));
    return pactBroker("can-i-deploy", args.toArray(String[]::new));
  }

  @Test
  void publishThenNoThenVerifyAndDeployThenYesThenABreakingProviderIsRefusedUntilItsConsumerIsUndeployed() {
    String web = name("web");
    String orders = name("orders");
    String env = name("env");

    GateStory.Outcome outcome = GateStory.run(new GateStory.Cli() {
      public Run publish(Path pact, String version) {
        return pactBroker("publish", pact.toString(), "--consumer-app-version", version, "--branch", "main");
      }

      public Run createEnvironment(String name) {
        return pactBroker("create-environment", "--name", name, "--no-production");
      }

      public Run recordDeployment(String pacticipant, String version, String environment) {
        return pactBroker("record-deployment", "--pacticipant", pacticipant, "--version", version, "--environment", environment);
      }

      public Run recordUndeployment(String pacticipant, String environment) {
        return pactBroker("record-undeployment", "--pacticipant", pacticipant, "--environment", environment);
      }

      public Run canIDeploy(String pacticipant, String version, String environment) {
        return RubyPactBrokerGateIT.this.canIDeploy(pacticipant, version, environment);
      }
    }, steps(), dir, Spec.V3, web, orders, env);

    assertThat(outcome.unverified().output()).as(outcome.unverified()::describe)
        .contains("There is no verified pact between version 1.0.0 of " + web).contains(orders);
    assertThat(outcome.breaking().output()).as(outcome.breaking()::describe)
        .contains("The verification for the pact between a version of " + web + " currently in " + env + " (1.0.0) and version 3.0.0 of "
            + orders + " failed")
        .contains("body $.customerId " + GateSteps.MISMATCH);
  }

  @Test
  void retryWhileUnknownPollsUntilItGivesUp() {
    String web = name("retry-web");
    Path pact = PactFiles.write(dir, Spec.V3, web, name("retry-orders"), List.of(order(1, "PAID")));
    pactBroker("publish", pact.toString(), "--consumer-app-version", "1.0.0");

    long started = System.nanoTime();
    Run run = canIDeploy(web, "1.0.0", "production", "--retry-while-unknown", "2", "--retry-interval", "1");
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;

    assertThat(run.exitCode()).as(run::describe).isEqualTo(1);
    assertThat(seconds).as("two retries one second apart: summary.unknown was read as an integer").isGreaterThanOrEqualTo(2);
  }

  @Test
  void anUnknownVersionIsNoWithThePactBrokersReason() {
    pactBroker("create-or-update-version", "--pacticipant", name("known"), "--version", "1");

    Run run = canIDeploy(name("known"), "9.9.9", "production");

    assertThat(run.exitCode()).as(run::describe).isEqualTo(1);
    assertThat(run.output()).as(run::describe).contains("No pacts or verifications have been published for version 9.9.9 of " + name("known"));
  }

  @Test
  void releasesAreRecordedAndTheirSupportEnded() {
    String app = name("mobile");
    pactBroker("create-or-update-version", "--pacticipant", app, "--version", "1.0.0");
    pactBroker("create-or-update-version", "--pacticipant", app, "--version", "1.1.0");

    Run first = pactBroker("record-release", "--pacticipant", app, "--version", "1.0.0", "--environment", "production");
    Run second = pactBroker("record-release", "--pacticipant", app, "--version", "1.1.0", "--environment", "production");
    assertThat(steps().currentlySupported("production", app)).isEqualTo(2);
    Run ended = pactBroker("record-support-ended", "--pacticipant", app, "--version", "1.0.0", "--environment", "production");

    assertThat(first.exitCode()).as(first::describe).isZero();
    assertThat(second.exitCode()).as(second::describe).isZero();
    assertThat(ended.exitCode()).as(ended::describe).isZero();
    assertThat(steps().currentlySupported("production", app)).isEqualTo(1);
  }
}
