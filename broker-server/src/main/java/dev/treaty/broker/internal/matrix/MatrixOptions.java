package dev.treaty.broker.internal.matrix;

/**
 * The top-level options of a matrix query, which say which versions of the <em>other</em>
 * integrated pacticipants count: {@code latest} (with {@code tag}, {@code mainBranch}, or Treaty's
 * {@code branch}), or those currently deployed or released in {@code environment}. {@code asOf}
 * (Treaty, may be null for now): answer from what had been recorded at that time.
 */
public record MatrixOptions(LatestBy latestBy, boolean latest, String tag, String environment, boolean mainBranch,
    String branch, int limit, java.time.Instant asOf) {
  /** The Pact Broker's default row limit. */
  public static final int DEFAULT_LIMIT = 100;

  /** Whether the options say which versions of the other pacticipants to take (else: between the selectors only). */
  public boolean infersOthers() {
    return latest || tag != null || environment != null || mainBranch || branch != null;
  }

  /** Whether the target is named: an environment, a tag, a branch or the main branch. */
  public boolean hasTarget() {
    return tag != null || environment != null || mainBranch || branch != null;
  }
}
