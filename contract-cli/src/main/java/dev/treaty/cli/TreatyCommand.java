package dev.treaty.cli;

import dev.treaty.cli.internal.StrictExecution;
import dev.treaty.cli.internal.UsageErrorHandler;
import dev.treaty.cli.internal.VersionProvider;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code treaty} command line: the entry point of {@code treaty.jar}, which only wires the
 * subcommands ({@link ValidateCommand}, {@link VerifyCommand}, {@link PublishCommand}, the release
 * gate's {@link CanIDeployCommand}, {@code record-*}, {@code *-environment(s)}, {@link
 * DescribeVersionCommand} and {@link MatrixCommand}) together.
 *
 * <p>Exit codes: 0 success, 1 the command ran and found problems, 2 usage error.
 */
@Command(
    name = "treaty",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Treaty: consumer-driven contract testing, compatible with Pact files.",
    subcommands = {ValidateCommand.class, VerifyCommand.class, PublishCommand.class, CanIDeployCommand.class,
      RecordDeploymentCommand.class, RecordUndeploymentCommand.class, RecordReleaseCommand.class,
      RecordSupportEndedCommand.class, CreateEnvironmentCommand.class, UpdateEnvironmentCommand.class,
      DescribeEnvironmentCommand.class, ListEnvironmentsCommand.class, DescribeVersionCommand.class,
      MatrixCommand.class, TokenCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:the command found problems (an invalid pact file, a failed verification, a broker that refused, can-i-deploy said no or unknown)",
      "2:usage error (unknown option, missing argument, path that does not exist)"
    })
public final class TreatyCommand implements Runnable {
  /** Exit code when a command found problems, such as invalid pact files. */
  public static final int PROBLEMS_FOUND = 1;

  @Spec private CommandSpec spec;
  private final Map<String, String> environment;

  private TreatyCommand(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  /** Runs {@code treaty} with {@code args} and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** A fresh command line for {@code treaty}, reading this process's environment variables. */
  public static CommandLine commandLine() {
    return commandLine(System.getenv());
  }

  /**
   * A fresh command line for {@code treaty} that reads {@code environment} instead of the process's
   * environment variables ({@code TREATY_BROKER_URL}, {@code TREATY_BROKER_TOKEN}).
   */
  public static CommandLine commandLine(Map<String, String> environment) {
    CommandLine commandLine = new CommandLine(new TreatyCommand(environment));
    commandLine.setParameterExceptionHandler(new UsageErrorHandler());
    commandLine.setExecutionStrategy(new StrictExecution());
    return commandLine;
  }

  /** The environment variables a subcommand of {@code spec}'s command line reads. */
  static Map<String, String> environment(CommandSpec spec) {
    return spec.root().userObject() instanceof TreatyCommand treaty ? treaty.environment : System.getenv();
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "no command given; run 'treaty validate <file-or-dir>...', 'treaty verify <file-or-dir>...', 'treaty publish <file-or-dir>...' or 'treaty --help'");
  }
}
