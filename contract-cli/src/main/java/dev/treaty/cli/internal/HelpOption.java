package dev.treaty.cli.internal;

import picocli.CommandLine.Option;

/**
 * {@code -h, --help} alone, for commands whose {@code --version} is a pacticipant version (as in
 * the Pact CLIs): picocli's standard help options would claim {@code --version} for Treaty's own.
 */
public final class HelpOption {
  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
  private boolean help;
}
