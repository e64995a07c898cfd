package dev.treaty.generate.internal;

/** A date/time expression that does not follow the grammar; the message says where and what was expected. */
public final class DateExpressionException extends IllegalArgumentException {
  DateExpressionException(String message) {
    super(message);
  }
}
