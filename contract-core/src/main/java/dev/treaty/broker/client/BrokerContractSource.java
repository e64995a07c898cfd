package dev.treaty.broker.client;

import dev.treaty.contract.Contract;
import dev.treaty.json.ContractParseException;
import dev.treaty.json.PactReader;
import dev.treaty.verify.ContractSource;
import dev.treaty.verify.ContractSourceException;
import dev.treaty.verify.LoadedContract;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pacts a broker selects for a provider, as a {@link ContractSource}: each contract's location
 * is its pact URL, it is pending when the query asked for pending status and the broker says so
 * (a pending pact's failures never fail the run), and its notices are the broker's
 * explanations of why it was selected. Pair it with {@link #resultsPublisher(ProviderVersion)}
 * to publish the results of each pact back to the broker.
 *
 * <pre>{@code
 * BrokerContractSource source = new BrokerContractSource(broker, PactsForVerificationQuery.builder("order-service")
 *     .selectors(ConsumerVersionSelector.defaults()).providerBranch("main").includePendingStatus(true).build());
 * ProviderVerifier verifier = ProviderVerifier.builder().baseUrl(url)
 *     .resultsPublisher(source.resultsPublisher(new ProviderVersion("1.2.3", "main", List.of(), null)))
 *     .build();
 * VerificationReport report = verifier.verify(source, "order-service");
 * }</pre>
 */
public final class BrokerContractSource implements ContractSource {
  private final BrokerClient client;
  private final PactsForVerificationQuery query;
  private final Map<String, Loaded> loaded = new ConcurrentHashMap<>();

  /** The pacts {@code client}'s broker selects for {@code query}. */
  public BrokerContractSource(BrokerClient client, PactsForVerificationQuery query) {
    this.client = client;
    this.query = query;
  }

  /**
   * Asks the broker which pacts to verify and fetches each.
   *
   * @throws ContractSourceException when the broker cannot be asked, refuses, or sends a pact that does not parse
   * @throws IllegalArgumentException when {@code provider} is not the query's provider
   */
  @Override
  public List<LoadedContract> load(String provider) {
    if (!provider.equals(query.provider())) {
      throw new IllegalArgumentException("this broker source fetches the pacts of " + query.provider()
          + ", not of " + provider);
    }
    List<LoadedContract> contracts = new ArrayList<>();
    try {
      for (PactForVerification selected : client.pactsForVerification(query)) {
        BrokerPact pact = client.fetchPact(selected.url());
        Contract contract = PactReader.read(pact.json(), selected.url());
        boolean pending = query.includePendingStatus() && selected.pending();
        LoadedContract loadedContract =
            new LoadedContract(contract, selected.url(), pending, selected.beforeVerificationNotices());
        loaded.put(selected.url(), new Loaded(selected, pact));
        contracts.add(loadedContract);
      }
    } catch (BrokerException e) {
      throw new ContractSourceException("broker " + client.baseUrl() + ": " + e.getMessage(), e);
    } catch (ContractParseException e) {
      throw new ContractSourceException("broker " + client.baseUrl() + " sent a pact Treaty cannot read: "
          + e.getMessage(), e);
    }
    return contracts;
  }

  @Override
  public String describe() {
    return "broker " + client.baseUrl();
  }

  /** Why the broker selected the pact at {@code location}, if this source loaded it. */
  public Optional<PactForVerification> selection(String location) {
    return Optional.ofNullable(loaded.get(location)).map(Loaded::selection);
  }

  /** The pact at {@code location} as fetched, with its links, if this source loaded it. */
  public Optional<BrokerPact> pact(String location) {
    return Optional.ofNullable(loaded.get(location)).map(Loaded::pact);
  }

  /**
   * A publisher that posts the results of each contract this source loaded to the broker,
   * recorded against {@code version}; contracts from other sources are left alone.
   */
  public BrokerResultsPublisher resultsPublisher(ProviderVersion version) {
    return new BrokerResultsPublisher(client, this, version);
  }

  private record Loaded(PactForVerification selection, BrokerPact pact) {}
}
