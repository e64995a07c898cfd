package dev.treaty.broker.internal.store;

/** Which consumer versions a pacts-for-verification query picks; one SQL shape per kind. */
public enum SelectionKind {
  /** The head of each consumer's main branch. */
  MAIN_BRANCH,
  /** The head of the named branch of each consumer. */
  BRANCH,
  /** The newest version carrying the named tag, per consumer. */
  LATEST_TAG,
  /** The newest version carrying a tag named after the consumer's main branch (default selectors). */
  LATEST_MAIN_BRANCH_TAG,
  /** Every version carrying the named tag. */
  ALL_TAG,
  /** The newest version of each consumer that has a pact with the provider. */
  OVERALL_LATEST,
  /** Every version currently deployed (to the named environment, when given). */
  DEPLOYED,
  /** Every version released and still supported (in the named environment, when given). */
  RELEASED
}
