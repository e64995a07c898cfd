package dev.treaty.broker.internal.matrix;

/**
 * One {@code q[]} (or {@code ignore[]}) entry of a matrix query: a pacticipant and which of its
 * versions: an exact {@code version}, the head ({@code latest}) of a tag, a branch or the main
 * branch, every version with a tag or on a branch, or (pacticipant alone) every version.
 */
public record MatrixSelector(String pacticipant, String version, boolean latest, String tag, String branch, boolean mainBranch) {
  /** A selector for one exact version. */
  public static MatrixSelector of(String pacticipant, String version) {
    return new MatrixSelector(pacticipant, version, false, null, null, false);
  }

  /** Whether the selector names a version by number (rather than by tag, branch or "latest"). */
  public boolean byNumber() {
    return version != null;
  }
}
