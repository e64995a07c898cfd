package dev.treaty.junit.provider;

/** When a {@link State} method runs: before the interaction is replayed, or after it. */
public enum StateAction {
  /** Puts the provider into the state before the interaction; one method per state is required. */
  SETUP,
  /** Takes the provider out of the state after the interaction, even when it failed; optional. */
  TEARDOWN
}
