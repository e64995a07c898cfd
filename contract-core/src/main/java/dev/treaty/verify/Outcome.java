package dev.treaty.verify;

/** How the verification of one interaction ended. */
public enum Outcome {
  /** The provider's response (or message) matched the contract. */
  PASSED,
  /** The provider answered, but the answer broke the contract; the mismatches say how. */
  FAILED,
  /**
   * The interaction could not be verified: connection refused, timeout, a provider state that
   * could not be set up, a message producer that threw.
   */
  ERROR,
  /** The contract is pending and the interaction failed or errored: reported, never fails a run. */
  PENDING
}
