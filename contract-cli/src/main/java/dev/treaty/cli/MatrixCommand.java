package dev.treaty.cli;

import dev.treaty.broker.client.MatrixAnswer;
import dev.treaty.cli.internal.BrokerCall;
import dev.treaty.cli.internal.BrokerOptions;
import dev.treaty.cli.internal.HelpOption;
import dev.treaty.cli.internal.MatrixTable;
import dev.treaty.cli.internal.MatrixTargetOptions;
import dev.treaty.cli.internal.OutputOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code treaty matrix --pacticipant P --version V [...]}: the broker's matrix rows for versions, with their reasons; exits 0 whatever they say. */
@Command(
    name = "matrix",
    description = {"Prints the broker's matrix for versions: their pacts, verifications and why.",
      "Each consumer version's pact with what each provider version's verification said of it, the reasons and the"
          + " summary. Unlike can-i-deploy it exits 0 whatever the rows say."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:printed", "1:the broker refused or could not be reached", "2:usage error"})
public final class MatrixCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private HelpOption help;
  @Mixin private BrokerOptions broker;
  @Mixin private MatrixTargetOptions versions;

  @Mixin private OutputOption output;

  @Override
  public Integer call() {
    return BrokerCall.run(broker, TreatyCommand.environment(spec), spec.commandLine(), "reading the matrix of " + versions.describe(),
        client -> {
          MatrixAnswer answer = client.matrix(versions.query());
          if (output.json()) {
            spec.commandLine().getOut().println(answer.json());
          } else {
            MatrixTable.print(answer, spec.commandLine().getOut());
          }
          return 0;
        });
  }
}
