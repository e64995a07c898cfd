package dev.treaty.cli;

import dev.treaty.broker.client.Deployment;
import dev.treaty.broker.client.VersionDescription;
import dev.treaty.cli.internal.BrokerCall;
import dev.treaty.cli.internal.BrokerOptions;
import dev.treaty.cli.internal.HelpOption;
import dev.treaty.cli.internal.OutputOption;
import dev.treaty.cli.internal.PacticipantVersionOptions;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code treaty describe-version --pacticipant P --version V}: a version's branches, tags and where it is deployed or released. */
@Command(
    name = "describe-version",
    description = "Prints what the broker knows of a version: branches, tags, build, and where it is deployed or released.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:printed", "1:the broker has no such version, refused or could not be reached", "2:usage error"})
public final class DescribeVersionCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private HelpOption help;
  @Mixin private BrokerOptions broker;
  @Mixin private PacticipantVersionOptions version;

  @Mixin private OutputOption output;

  @Override
  public Integer call() {
    String what = "describing " + version.pacticipant + " version " + version.version;
    return BrokerCall.run(broker, TreatyCommand.environment(spec), spec.commandLine(), what, client -> {
      VersionDescription d = client.describeVersion(version.pacticipant, version.version);
      PrintWriter out = spec.commandLine().getOut();
      if (output.json()) {
        out.println(d.json());
        return 0;
      }
      out.println(d.pacticipant() + " version " + d.number());
      out.println("  branches:    " + list(d.branches()));
      out.println("  tags:        " + list(d.tags()));
      out.println("  build:       " + (d.buildUrl() == null ? "(none)" : d.buildUrl()));
      out.println("  deployed to: " + list(d.deployed().stream().map(DescribeVersionCommand::where).toList()));
      out.println("  released to: " + list(d.released().stream().map(Deployment::environment).toList()));
      return 0;
    });
  }

  private static String where(Deployment d) {
    return d.environment() + (d.applicationInstance() == null ? "" : " (application instance " + d.applicationInstance() + ")");
  }

  private static String list(List<String> items) {
    return items.isEmpty() ? "(none)" : String.join(", ", items);
  }
}
