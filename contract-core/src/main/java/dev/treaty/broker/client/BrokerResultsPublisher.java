package dev.treaty.broker.client;

import dev.treaty.broker.client.internal.TestResults;
import dev.treaty.verify.InteractionResult;
import dev.treaty.verify.LoadedContract;
import dev.treaty.verify.Outcome;
import dev.treaty.verify.VerificationResultsPublisher;
import java.util.List;
import java.util.Optional;

/**
 * Publishes each contract's verification results to the broker it came from: success (every
 * interaction passed; a pending pact that failed is published as failed, though it does not fail
 * the build), one test result per interaction with its mismatches or error, the provider version
 * with its branch and tags. Made by {@link BrokerContractSource#resultsPublisher(ProviderVersion)}.
 */
public final class BrokerResultsPublisher implements VerificationResultsPublisher {
  private final BrokerClient client;
  private final BrokerContractSource source;
  private final ProviderVersion version;

  BrokerResultsPublisher(BrokerClient client, BrokerContractSource source, ProviderVersion version) {
    this.client = client;
    this.source = source;
    this.version = version;
  }

  /** Publishes the results of {@code contract}; does nothing for a contract the broker source did not load. */
  @Override
  public void publish(LoadedContract contract, List<InteractionResult> results) {
    publishResults(contract, results);
  }

  /**
   * Publishes like {@link #publish} and returns the URL of the recorded result (empty string when
   * the broker names none), or empty when {@code contract} did not come from the broker.
   *
   * @throws BrokerException when the broker refuses the results
   */
  public Optional<String> publishResults(LoadedContract contract, List<InteractionResult> results) {
    Optional<BrokerPact> pact = source.pact(contract.location());
    if (pact.isEmpty()) {
      return Optional.empty();
    }
    boolean success = results.stream().allMatch(r -> r.outcome() == Outcome.PASSED);
    VerificationResults verification = new VerificationResults(success, version, TestResults.of(contract, results));
    return Optional.of(client.publishVerificationResults(pact.get(), verification));
  }

  /** The provider version results are recorded against. */
  public ProviderVersion version() {
    return version;
  }
}
