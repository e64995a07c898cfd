package dev.treaty.broker.server;

/**
 * The broker refused to start because serving from its database could give wrong answers: the
 * embedded file is damaged (unreadable, or an index disagrees with its table), the schema does not
 * match its migration history, or another process holds the embedded file open. The message is one
 * line: which database, what is wrong and what to do (restore a backup, or where H2's recovery tool
 * is). {@code java -jar} prints just that line and exits with status 1.
 */
public final class DamagedStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DamagedStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
