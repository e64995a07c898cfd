package dev.treaty.cli.internal;

import picocli.CommandLine.Option;

/** {@code --pacticipant NAME --version V} with the Pact CLIs' short names {@code -a} and {@code -e}. */
public final class PacticipantVersionOptions {
  @Option(names = {"-a", "--pacticipant"}, required = true, paramLabel = "NAME", description = "The application's name.")
  public String pacticipant;

  @Option(names = {"-e", "--version"}, required = true, paramLabel = "VERSION", description = "The application's version number.")
  public String version;
}
