package dev.treaty.broker.client;

import java.util.List;

/**
 * Thrown when the broker cannot be reached or refuses a request. The message names the request,
 * the HTTP status and every error the broker gave ({@code errors} of its JSON body), and says
 * what to do where that is clear (a 401 asks for a token).
 */
public final class BrokerException extends RuntimeException {
  private final int status;
  private final List<String> errors;

  /** A failure with the broker's HTTP status (0 when no answer arrived) and its error texts. */
  public BrokerException(String message, int status, List<String> errors, Throwable cause) {
    super(message, cause);
    this.status = status;
    this.errors = errors == null ? List.of() : List.copyOf(errors);
  }

  /** A failure without an HTTP answer, such as a refused connection or a malformed link. */
  public BrokerException(String message, Throwable cause) {
    this(message, 0, List.of(), cause);
  }

  /** The HTTP status the broker answered with, or 0 when no answer arrived. */
  public int status() {
    return status;
  }

  /** The broker's error texts, {@code field: message} for field errors; empty when it gave none. */
  public List<String> errors() {
    return errors;
  }
}
