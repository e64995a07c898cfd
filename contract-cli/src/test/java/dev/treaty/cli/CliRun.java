package dev.treaty.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/** One in-process run of {@code treaty}: its exit code and what it printed, paths made stable. */
record CliRun(int exitCode, String out, String err) {

  /** Runs {@code treaty args} in this JVM, capturing standard output and error. */
  static CliRun of(String... args) {
    return withEnvironment(Map.of(), args);
  }

  /** Runs {@code treaty args} in this JVM with {@code environment} as its environment variables. */
  static CliRun withEnvironment(Map<String, String> environment, String... args) {
    CommandLine commandLine = TreatyCommand.commandLine(environment);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new CliRun(exitCode, out.toString(), err.toString());
  }

  /** This run with {@code directory} replaced by {@code <name>} in its output, for golden files. */
  CliRun relativeTo(Path directory, String name) {
    return replace(directory.toString(), "<" + name + ">");
  }

  /** This run with {@code text} replaced by {@code replacement} in its output, for golden files. */
  CliRun replace(String text, String replacement) {
    return new CliRun(exitCode, out.replace(text, replacement), err.replace(text, replacement));
  }
}
