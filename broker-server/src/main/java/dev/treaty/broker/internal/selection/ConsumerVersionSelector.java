package dev.treaty.broker.internal.selection;

/**
 * One consumer version selector as a verifier sent it (Pact Broker API §3.8); a null field was not
 * sent. {@code index} is its position in {@code consumerVersionSelectors}, for error messages.
 */
public record ConsumerVersionSelector(
    int index,
    Boolean mainBranch,
    String branch,
    String fallbackBranch,
    Boolean matchingBranch,
    String tag,
    String fallbackTag,
    Boolean latest,
    String consumer,
    Boolean deployed,
    Boolean released,
    Boolean deployedOrReleased,
    String environment) {

  boolean isTrue(Boolean flag) {
    return Boolean.TRUE.equals(flag);
  }

  /** Whether {@code latest} was sent as true. */
  public boolean latestTrue() {
    return isTrue(latest);
  }

  /** Whether {@code latest} was sent as false. */
  public boolean latestFalse() {
    return Boolean.FALSE.equals(latest);
  }
}
