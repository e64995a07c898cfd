package dev.treaty.cli;

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

/** {@code treaty record-release --pacticipant P --version V --environment E}: records a release (versions released before stay supported). */
@Command(
    name = "record-release",
    description = {"Records that a version is released to an environment (as pact-broker record-release does).",
      "Versions released before stay supported until record-support-ended."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:recorded", "1:the broker refused, has no such environment, or could not be reached", "2:usage error"})
public final class RecordReleaseCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private HelpOption help;
  @Mixin private BrokerOptions broker;
  @Mixin private OutputOption output;
  @Mixin private PacticipantVersionOptions version;

  @Option(names = "--environment", required = true, paramLabel = "NAME", description = "The environment released to.")
  private String environment;

  @Override
  public Integer call() {
    String what = "recording the release of " + version.pacticipant + " " + version.version + " to " + environment;
    return BrokerCall.run(broker, TreatyCommand.environment(spec), spec.commandLine(), what, client -> {
      DeploymentLines.print("release", "to", client.recordRelease(version.pacticipant, version.version, environment),
          client.baseUrl(), spec.commandLine().getOut(), output);
      return 0;
    });
  }
}
