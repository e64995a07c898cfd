package dev.treaty.cli;

import dev.treaty.broker.client.Deployment;
import dev.treaty.cli.internal.BrokerCall;
import dev.treaty.cli.internal.BrokerOptions;
import dev.treaty.cli.internal.DeploymentLines;
import dev.treaty.cli.internal.HelpOption;
import dev.treaty.cli.internal.OutputOption;
import dev.treaty.cli.internal.PacticipantVersionOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code treaty record-deployment --pacticipant P --version V --environment E}: records that a
 * version is deployed, replacing the one deployed before to the same application instance.
 */
@Command(
    name = "record-deployment",
    description = {"Records that a version is deployed to an environment (as pact-broker record-deployment does).",
      "It replaces the version deployed before to the same application instance."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:recorded", "1:the broker refused, has no such environment, or could not be reached", "2:usage error"})
public final class RecordDeploymentCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private HelpOption help;
  @Mixin private BrokerOptions broker;
  @Mixin private OutputOption output;
  @Mixin private PacticipantVersionOptions version;

  @Option(names = "--environment", required = true, paramLabel = "NAME", description = "The environment deployed to.")
  private String environment;

  @Option(names = {"--application-instance", "--target"}, paramLabel = "NAME",
      description = "The application instance deployed to, when several run in the environment.")
  private String instance;

  @Override
  public Integer call() {
    String what = "recording the deployment of " + version.pacticipant + " " + version.version + " to " + environment;
    return BrokerCall.run(broker, TreatyCommand.environment(spec), spec.commandLine(), what, client -> {
      Deployment d = client.recordDeployment(version.pacticipant, version.version, environment, instance);
      DeploymentLines.print("deployment", "to", d, client.baseUrl(), spec.commandLine().getOut(), output);
      return 0;
    });
  }
}
