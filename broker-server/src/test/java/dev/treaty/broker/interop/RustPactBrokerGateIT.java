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
    String env = name("env");
    Path pact = PactFiles.write(dir, Spec.V4, web, orders, List.of(order(42, "PAID")));
    Run published = broker("publish", pact.toString(), "--consumer-app-version", "1.0.0", "--branch", "main");
    Run created = broker("create-environment", "--name", env);
    assertThat(published.exitCode()).as(published::describe).isZero();
    assertThat(created.exitCode()).as(created::describe).isZero();

    Run unverified = canIDeploy(web, "1.0.0", env);
    assertThat(unverified.exitCode()).as(unverified::describe).isEqualTo(1);
    assertThat(unverified.output()).as(unverified::describe).contains(orders);

    steps().verify(web, "1.0.0", orders, "2.0.0", true);
    Run deployedProvider = broker("record-deployment", "--pacticipant", orders, "--version", "2.0.0", "--environment", env);
    assertThat(deployedProvider.exitCode()).as(deployedProvider::describe).isZero();
    Run yes = canIDeploy(web, "1.0.0", env);
    assertThat(yes.exitCode()).as(yes::describe).isZero();

    Run deployedConsumer = broker("record-deployment", "--pacticipant", web, "--version", "1.0.0", "--environment", env);
    assertThat(deployedConsumer.exitCode()).as(deployedConsumer::describe).isZero();
    steps().verify(web, "1.0.0", orders, "3.0.0", false);
    Run breaking = canIDeploy(orders, "3.0.0", env);
    assertThat(breaking.exitCode()).as(breaking::describe).isEqualTo(1);
    assertThat(breaking.output()).as(breaking::describe).contains(web);

    Run undeployed = broker("record-undeployment", "--pacticipant", web, "--environment", env);
    assertThat(undeployed.exitCode()).as(undeployed::describe).isZero();
    assertThat(steps().currentlyDeployed(env, web)).as(undeployed::describe).isZero();
    Run through = canIDeploy(orders, "3.0.0", env);
    assertThat(through.exitCode()).as(through::describe).isZero();
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
