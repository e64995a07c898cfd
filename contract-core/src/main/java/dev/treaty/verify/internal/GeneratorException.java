package dev.treaty.verify.internal;

/** A generator that cannot produce a value (such as a provider-state value nobody supplied). */
final class GeneratorException extends Exception {
  GeneratorException(String message) {
    super(message);
  }
}
