package dev.treaty.examples.consumer;

/** The order service answered with a status the client does not expect. */
public final class OrderServiceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  OrderServiceException(String message) {
    super(message);
  }

  OrderServiceException(String message, Throwable cause) {
    super(message, cause);
  }
}
