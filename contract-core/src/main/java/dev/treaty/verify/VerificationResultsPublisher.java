package dev.treaty.verify;

import java.util.List;

/**
 * Receives the results of each contract once all its interactions are verified, such as a broker
 * client that publishes verification results. Called by {@link ProviderVerifier#verify(String, List)} once
 * per contract, in order; an exception it throws stops the run and propagates to the caller.
 */
@FunctionalInterface
public interface VerificationResultsPublisher {

  /** Publishes {@code results}, the results of every interaction of {@code contract}. */
  void publish(LoadedContract contract, List<InteractionResult> results) throws Exception;
}
