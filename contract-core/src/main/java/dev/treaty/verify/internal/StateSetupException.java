package dev.treaty.verify.internal;

/** Marks a failure to set up a provider state, so the result names the state, not the request. */
final class StateSetupException extends Exception {
  StateSetupException(String message, Throwable cause) {
    super(message, cause);
  }
}
