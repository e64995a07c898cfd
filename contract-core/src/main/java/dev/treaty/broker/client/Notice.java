package dev.treaty.broker.client;

import java.util.Objects;

/**
 * A message from the broker for people: after a publish ({@code type} success, info, warning,
 * error, ...) or about a pact to verify ({@code type} is then the notice's {@code when}, such as
 * {@code before_verification}).
 */
public record Notice(String type, String text) {

  public Notice {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
  }

  /** {@code [type] text}, as the CLI prints it. */
  @Override
  public String toString() {
    return "[" + type + "] " + text;
  }
}
