package dev.treaty.broker.interop;

import static dev.treaty.broker.interop.PactFiles.Expectation.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.broker.interop.PactCli.Run;
import dev.treaty.broker.interop.PactFiles.Spec;
import java.nio.file.Path;
import java.util.List;

/**
 * Issue 13's "done when", run through one Pact CLI: publish; can-i-deploy says no (unverified);
 * verify and record the provider's deployment; yes; a breaking provider version is refused while
 * its consumer is deployed; after the consumer's undeployment it goes through. Each CLI test adds
 * its own assertions on the returned output.
 */
final class GateStory {
  /** The CLI commands the story needs, each returning the finished run. */
  interface Cli {
    Run publish(Path pact, String version);

    Run createEnvironment(String name);

    Run recordDeployment(String pacticipant, String version, String environment);

    Run recordUndeployment(String pacticipant, String environment);

    Run canIDeploy(String pacticipant, String version, String environment);
  }

  /** The can-i-deploy runs the CLI tests check the wording of. */
  record Outcome(Run unverified, Run breaking) {}

  private GateStory() {}

  static Outcome run(Cli cli, GateSteps steps, Path dir, Spec spec, String web, String orders, String env) {
    Path pact = PactFiles.write(dir, spec, web, orders, List.of(order(42, "PAID")));
    succeeds(cli.publish(pact, "1.0.0"));
    succeeds(cli.createEnvironment(env));

    Run unverified = cli.canIDeploy(web, "1.0.0", env);
    assertThat(unverified.exitCode()).as(unverified::describe).isEqualTo(1);

    steps.verify(web, "1.0.0", orders, "2.0.0", true);
    succeeds(cli.recordDeployment(orders, "2.0.0", env));
    succeeds(cli.canIDeploy(web, "1.0.0", env));

    succeeds(cli.recordDeployment(web, "1.0.0", env));
    steps.verify(web, "1.0.0", orders, "3.0.0", false);
    Run breaking = cli.canIDeploy(orders, "3.0.0", env);
    assertThat(breaking.exitCode()).as(breaking::describe).isEqualTo(1);

    Run undeployed = succeeds(cli.recordUndeployment(web, env));
    assertThat(steps.currentlyDeployed(env, web)).as(undeployed::describe).isZero();
    succeeds(cli.canIDeploy(orders, "3.0.0", env));
    return new Outcome(unverified, breaking);
  }

  private static Run succeeds(Run run) {
    assertThat(run.exitCode()).as(run::describe).isZero();
    return run;
  }
}
