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

/** {@code treaty record-support-ended --pacticipant P --version V --environment E}: a released version is no longer supported. */
@Command(
    name = "record-support-ended",
    description = "Records that a released version is no longer supported in an environment (as pact-broker record-support-ended does).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:recorded", "1:that version is not released there (what is, is named), or the broker refused or could not be reached",
      "2:usage error"})
public final class RecordSupportEndedCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private HelpOption help;
  @Mixin private BrokerOptions broker;
  @Mixin private OutputOption output;
  @Mixin private PacticipantVersionOptions version;

  @Option(names = "--environment", required = true, paramLabel = "NAME", description = "The environment it was released to.")
  private String environment;

  @Override
  public Integer call() {
    String what = "recording the end of support of " + version.pacticipant + " " + version.version + " in " + environment;
    return BrokerCall.run(broker, TreatyCommand.environment(spec), spec.commandLine(), what, client -> {
      DeploymentLines.printAll("support ended", "in", client.recordSupportEnded(version.pacticipant, version.version, environment),
          client.baseUrl(), spec.commandLine().getOut(), output);
      return 0;
    });
  }
}
