package dev.treaty.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/** One in-process run of {@code treaty}: its exit code and what it printed, paths made stable. */
record CliRun(int exitCode, String out, String err) {

  /** Runs {@code treaty args} in this JVM, capturing standard output and error. */
  static CliRun of(String... args) {
    CommandLine commandLine = TreatyCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new CliRun(exitCode, out.toString(), err.toString());
  }

  /** This run with {@code directory} replaced by {@code <name>} in its output, for golden files. */
  CliRun relativeTo(Path directory, String name) {
    String prefix = directory.toString();
    return new CliRun(exitCode, out.replace(prefix, "<" + name + ">"), err.replace(prefix, "<" + name + ">"));
  }
}
