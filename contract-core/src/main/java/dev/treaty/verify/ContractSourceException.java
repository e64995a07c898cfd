package dev.treaty.verify;

/**
 * Thrown when a {@link ContractSource} cannot deliver a contract: a file that cannot be read or
 * parsed, a URL that cannot be fetched. The message names the file or URL and the problem.
 */
public final class ContractSourceException extends RuntimeException {

  /** A failure with a message naming the location and the problem. */
  public ContractSourceException(String message, Throwable cause) {
    super(message, cause);
  }

  /** A failure with a message naming the location and the problem. */
  public ContractSourceException(String message) {
    super(message);
  }
}
