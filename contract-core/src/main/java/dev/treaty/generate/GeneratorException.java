package dev.treaty.generate;

/**
 * A generator that cannot produce a value: a provider-state value nobody supplied, or a date/time
 * expression that does not parse. The message names the generator's place and the problem.
 */
public final class GeneratorException extends RuntimeException {
  /** An exception with {@code message}. */
  public GeneratorException(String message) {
    super(message);
  }

  /** An exception with {@code message} caused by {@code cause}. */
  public GeneratorException(String message, Throwable cause) {
    super(message, cause);
  }
}
