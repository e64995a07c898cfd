package dev.treaty.cli;

import dev.treaty.broker.client.BrokerClient;
import dev.treaty.broker.client.MatrixAnswer;
import dev.treaty.cli.internal.BrokerCall;
import dev.treaty.cli.internal.BrokerOptions;
import dev.treaty.cli.internal.HelpOption;
import dev.treaty.cli.internal.MatrixTable;
import dev.treaty.cli.internal.MatrixTargetOptions;
import dev.treaty.cli.internal.OutputOption;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code treaty can-i-deploy --pacticipant P --version V --to-environment E}: asks the broker's
 * matrix whether the versions can go there, prints the table with every row's reason and fix, and
 * exits 0 only for yes.
 */
@Command(
    name = "can-i-deploy",
    description = {"Asks the broker whether versions can be deployed (as pact-broker can-i-deploy does).",
      "Each version (--version, or the latest: --latest [TAG], --branch, --main-branch) is checked against every version"
          + " deployed or released in the environment (or the latest on a branch or with a tag) and, for several"
          + " --pacticipant options (a release train), with each other; a train to an environment also gets the order to"
          + " deploy it in, each step leaving the environment compatible, or why none exists."
          + " Prints each row's reason and, for a no or unknown, the command that fixes it."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:yes (or --dry-run)", "1:no or unknown (a verification is missing), or the broker refused or could not be reached",
      "2:usage error"})
public final class CanIDeployCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private HelpOption help;
  @Mixin private BrokerOptions broker;
  @Mixin private MatrixTargetOptions versions;

  @Option(names = "--retry-while-unknown", paramLabel = "TIMES", defaultValue = "0",
      description = "Ask again up to TIMES times while a verification result is missing (default: ${DEFAULT-VALUE}).")
  private int retries;

  @Option(names = "--retry-interval", paramLabel = "SECONDS", defaultValue = "10",
      description = "Seconds between those retries (default: ${DEFAULT-VALUE}); decimals allowed.")
  private double interval;

  @Option(names = "--dry-run", description = "Print the answer but exit 0 whatever it is.")
  private boolean dryRun;

  @Mixin private OutputOption output;

  @Override
  public Integer call() {
    if (retries < 0 || interval < 0) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--retry-while-unknown and --retry-interval must not be"
          + " negative, got " + retries + " and " + interval);
    }
    String what = "asking whether " + versions.describe() + " can be deployed";
    return BrokerCall.run(broker, TreatyCommand.environment(spec), spec.commandLine(), what, this::ask);
  }

  private int ask(BrokerClient client) {
    PrintWriter out = spec.commandLine().getOut();
    MatrixAnswer answer = client.matrix(versions.query());
    for (int attempt = 1; answer.deployable() == null && attempt <= retries; attempt++) {
      out.println("Waiting for " + answer.unknown() + " verification result" + (answer.unknown() == 1 ? "" : "s")
          + " (retry " + attempt + " of " + retries + ", in " + seconds() + " s)");
      out.flush();
      sleep();
      answer = client.matrix(versions.query());
    }
    if (output.json()) {
      out.println(answer.json());
    } else {
      out.println(Boolean.TRUE.equals(answer.deployable()) ? "Computer says yes \\o/" : "Computer says no ¯\\_(ツ)_/¯");
      out.println();
      MatrixTable.print(answer, out);
    }
    boolean yes = Boolean.TRUE.equals(answer.deployable());
    if (dryRun && !yes) {
      spec.commandLine().getErr().println("treaty: dry run: the answer is " + (answer.deployable() == null ? "unknown" : "no")
          + ", but --dry-run exits 0");
    }
    return yes || dryRun ? 0 : TreatyCommand.PROBLEMS_FOUND;
  }

  private String seconds() {
    return interval == Math.rint(interval) ? String.valueOf((long) interval) : String.valueOf(interval);
  }

  private void sleep() {
    try {
      Thread.sleep((long) (interval * 1000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new dev.treaty.broker.client.BrokerException("interrupted while waiting to ask again", e);
    }
  }
}
