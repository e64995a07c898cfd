package dev.treaty.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.broker.interop.PactCli;
import dev.treaty.broker.testing.Backend;
import dev.treaty.broker.testing.BrokersPerBackend;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code treaty can-i-deploy} and the Ruby {@code pact-broker can-i-deploy} (npm
 * {@code @pact-foundation/pact-cli@16.1.7}, from {@code TREATY_PACT_CLI_RUBY}) give the same exit
 * code on the same data for yes, no and unknown. Without the CLI the test is aborted loudly (a
 * failure with {@code TREATY_REQUIRE_PACT_CLI=true}), see {@link PactCli}.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class CanIDeployAgreesWithPactCliTest {
  @RegisterExtension static final BrokersPerBackend BROKERS = new BrokersPerBackend();

  @Parameter Backend backend;
  @TempDir Path dir;

  private void agree(Gate gate, PactCli ruby, int expected, String pacticipant, String version, String environment) {
    CliRun treaty = gate.treaty("can-i-deploy", "--pacticipant", pacticipant, "--version", version, "--to-environment", environment);
    PactCli.Run pact = ruby.run(dir, "can-i-deploy", "--pacticipant", pacticipant, "--version", version,
        "--to-environment", environment, "--broker-base-url", BROKERS.get(backend).url());

    assertThat(treaty.exitCode()).as(treaty.out() + treaty.err()).isEqualTo(expected);
    assertThat(pact.exitCode()).as(pact::describe).isEqualTo(expected);
  }

  @Test
  void yesNoAndUnknownHaveTheSameExitCodes() throws Exception {
    PactCli ruby = PactCli.ruby();
    Gate gate = new Gate(BROKERS.get(backend), dir);
    gate.environment("agree");
    gate.publish("agree-web", "1.0.0", "agree-api");
    gate.deploy("agree-api", "2.0.0", "agree");
    agree(gate, ruby, 1, "agree-web", "1.0.0", "agree");

    gate.verify("agree-web", "1.0.0", "agree-api", "2.0.0", true);
    agree(gate, ruby, 0, "agree-web", "1.0.0", "agree");

    gate.deploy("agree-web", "1.0.0", "agree");
    gate.verify("agree-web", "1.0.0", "agree-api", "3.0.0", false);
    agree(gate, ruby, 1, "agree-api", "3.0.0", "agree");
    agree(gate, ruby, 1, "agree-web", "9.9.9", "agree");
  }
}
