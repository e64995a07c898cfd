package dev.treaty.cli;

import dev.treaty.cli.internal.BrokerCall;
import dev.treaty.cli.internal.BrokerOptions;
import dev.treaty.cli.internal.DeploymentLines;
import dev.treaty.cli.internal.HelpOption;
import dev.treaty.cli.internal.OutputOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code treaty record-undeployment --pacticipant P --environment E}: records that an application
 * is no longer deployed there (every instance, or only {@code --application-instance}).
 */
@Command(
    name = "record-undeployment",
    description = {"Records that an application is no longer deployed to an environment (as pact-broker record-undeployment does).",
      "Every deployment of it there ends, or only that of --application-instance. Deploying over a version needs no undeployment."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:recorded", "1:it is not deployed there (what is, is named), or the broker refused or could not be reached",
      "2:usage error"})
public final class RecordUndeploymentCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private HelpOption help;
  @Mixin private BrokerOptions broker;
  @Mixin private OutputOption output;

  @Option(names = {"-a", "--pacticipant"}, required = true, paramLabel = "NAME", description = "The application's name.")
  private String pacticipant;

  @Option(names = "--environment", required = true, paramLabel = "NAME", description = "The environment it is removed from.")
  private String environment;

  @Option(names = {"--application-instance", "--target"}, paramLabel = "NAME", description = "Only this application instance.")
  private String instance;

  @Override
  public Integer call() {
    String what = "recording the undeployment of " + pacticipant + " from " + environment;
    return BrokerCall.run(broker, TreatyCommand.environment(spec), spec.commandLine(), what, client -> {
      DeploymentLines.printAll("undeployment", "from", client.recordUndeployment(pacticipant, environment, instance),
          client.baseUrl(), spec.commandLine().getOut(), output);
      return 0;
    });
  }
}
