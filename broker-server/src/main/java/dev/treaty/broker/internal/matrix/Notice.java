package dev.treaty.broker.internal.matrix;

/** One message of an answer, {@code type} warning, error or success (the Pact CLI prints them). */
public record Notice(String type, String text) {
  static Notice warning(String text) {
    return new Notice("warning", text);
  }

  static Notice error(String text) {
    return new Notice("error", text);
  }

  static Notice success(String text) {
    return new Notice("success", text);
  }
}
