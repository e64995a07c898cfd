package dev.treaty.cli.internal;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Runs the parsed command only when every argument was understood. Picocli tolerates unmatched
 * arguments as soon as a help option ({@code --help}, {@code --version}) appears anywhere on the
 * line, so {@code treaty can-i-deploy --version 1.0.0} would print Treaty's version and exit 0: a CI
 * gate calling a command this Treaty does not have would pass everything. Here it is a usage error
 * (exit 2) naming the unknown command or argument.
 */
public final class StrictExecution implements IExecutionStrategy {
  private final IExecutionStrategy delegate = new CommandLine.RunLast();

  @Override
  public int execute(ParseResult parseResult) {
    for (ParseResult part = parseResult; part != null; part = part.subcommand()) {
      List<String> unmatched = part.unmatched();
      if (!unmatched.isEmpty()) {
        throw new ParameterException(part.commandSpec().commandLine(), problem(part, unmatched.get(0)));
      }
    }
    return delegate.execute(parseResult);
  }

  private static String problem(ParseResult part, String first) {
    CommandLine command = part.commandSpec().commandLine();
    boolean atCommandPosition = part.subcommand() == null && !command.getSubcommands().isEmpty()
        && !first.startsWith("-");
    if (atCommandPosition) {
      return "unknown command '" + first + "'; the commands are: "
          + String.join(", ", command.getSubcommands().keySet());
    }
    return (first.startsWith("-") ? "Unknown option: '" : "Unmatched argument: '") + first + "'";
  }
}
