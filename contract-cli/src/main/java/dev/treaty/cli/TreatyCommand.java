package dev.treaty.cli;

import dev.treaty.cli.internal.UsageErrorHandler;
import dev.treaty.cli.internal.VersionProvider;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code treaty} command line: the entry point of {@code treaty.jar}, which only wires the
 * subcommands ({@link ValidateCommand}, {@link VerifyCommand}) together.
 *
 * <p>Exit codes: 0 success, 1 the command ran and found problems, 2 usage error.
 */
@Command(
    name = "treaty",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Treaty: consumer-driven contract testing, compatible with Pact files.",
    subcommands = {ValidateCommand.class, VerifyCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:the command found problems (an invalid pact file, a failed verification)",
      "2:usage error (unknown option, missing argument, path that does not exist)"
    })
public final class TreatyCommand implements Runnable {
  /** Exit code when a command found problems, such as invalid pact files. */
  public static final int PROBLEMS_FOUND = 1;

  @Spec private CommandSpec spec;

  /** Runs {@code treaty} with {@code args} and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** A fresh command line for {@code treaty}, with its subcommands and error handling. */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new TreatyCommand());
    commandLine.setParameterExceptionHandler(new UsageErrorHandler());
    return commandLine;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "no command given; run 'treaty validate <file-or-dir>...', 'treaty verify <file-or-dir>...' or 'treaty --help'");
  }
}
