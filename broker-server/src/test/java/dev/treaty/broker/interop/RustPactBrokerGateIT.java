package dev.treaty.broker.interop;

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
 * The release gate through the Rust {@code pact broker} (npm {@code @pact-foundation/pact-cli@18.1.2}):
 * create-environment, record-deployment, record-undeployment, record-release and can-i-deploy for
 * yes, no and unknown, exit codes asserted.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class RustPactBrokerGateIT {
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
    return "rustg-" + role + "-" + backend.name().toLowerCase();
  }

  Run broker(String command, String... options) {
    List<String> args = new ArrayList<>(List.of("broker", command));
    args.addAll(List.of(options));
    args.addAll(List.of("--broker-base-url", broker().url()));
    return PactCli.rust().run(dir, args);
  }

  Run canIDeploy(String pacticipant, String version, String environment) {
    return broker("can-i-deploy", "--pacticipant", pacticipant, "--version", version, "--to-environment", environment);
  }

  @Test
  void publishThenNoThenVerifyAndDeployThenYesThenABreakingProviderIsRefusedUntilItsConsumerIsUndeployed() {
    String web = name("web");
    String orders = name("orders");

    GateStory.Outcome outcome = GateStory.run(new GateStory.Cli() {
      public Run publish(Path pact, String version) {
        return broker("publish", pact.toString(), "--consumer-app-version", version, "--branch", "main");
      }

      public Run createEnvironment(String name) {
        return broker("create-environment", "--name", name);
      }

      public Run recordDeployment(String pacticipant, String version, String environment) {
        return broker("record-deployment", "--pacticipant", pacticipant, "--version", version, "--environment", environment);
      }

      public Run recordUndeployment(String pacticipant, String environment) {
        return broker("record-undeployment", "--pacticipant", pacticipant, "--environment", environment);
      }

      public Run canIDeploy(String pacticipant, String version, String environment) {
        return RustPactBrokerGateIT.this.canIDeploy(pacticipant, version, environment);
      }
    }, steps(), dir, Spec.V4, web, orders, name("env"));

    assertThat(outcome.unverified().output()).as(outcome.unverified()::describe).contains(orders);
    assertThat(outcome.breaking().output()).as(outcome.breaking()::describe).contains(web);
  }

  @Test
  void anUnknownVersionIsNo() {
    broker("create-or-update-version", "--pacticipant", name("known"), "--version", "1");

    Run run = canIDeploy(name("known"), "9.9.9", "production");

    assertThat(run.exitCode()).as(run::describe).isEqualTo(1);
  }

  @Test
  void releasesAreRecorded() {
    String app = name("mobile");
    broker("create-or-update-version", "--pacticipant", app, "--version", "1.0.0");

    Run released = broker("record-release", "--pacticipant", app, "--version", "1.0.0", "--environment", "production");

    assertThat(released.exitCode()).as(released::describe).isZero();
    assertThat(steps().currentlySupported("production", app)).isEqualTo(1);
  }
}
