package dev.treaty.cli.internal;

import picocli.CommandLine.Option;

/**
 * {@code -o, --output table|text|json} of the broker commands, as the Pact CLIs name it: {@code
 * table} (or {@code text}, the Ruby CLI's name for it) prints lines for people, {@code json} what
 * the broker answered, as it sent it.
 */
public final class OutputOption {
  @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "table",
      description = "table (or text) or json (what the broker answered, as it sent it; default: ${DEFAULT-VALUE}).")
  private Format format;

  /** The formats; {@code text} is {@code table}. */
  public enum Format { table, text, json }

  /** Whether the broker's JSON is printed instead of the lines for people. */
  public boolean json() {
    return format == Format.json;
  }
}
