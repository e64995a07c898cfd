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
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

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
  private final String provider;
  private final Supplier<List<PactForVerification>> selection;
  private final boolean askedForPending;
  private final Map<String, Loaded> loaded = new ConcurrentHashMap<>();

  /** The pacts {@code client}'s broker selects for {@code query}. */
  public BrokerContractSource(BrokerClient client, PactsForVerificationQuery query) {
    this(client, query.provider(), () -> client.pactsForVerification(query), query.includePendingStatus());
  }

  private BrokerContractSource(BrokerClient client, String provider, Supplier<List<PactForVerification>> selection,
      boolean askedForPending) {
    this.client = client;
    this.provider = provider;
    this.selection = selection;
    this.askedForPending = askedForPending;
  }

  /**
   * Exactly the pact at {@code pactUrl} (the one a webhook names, {@code ${pactbroker.pactUrl}}),
   * for {@code provider}; its results publish to that pact like any other. It is never pending:
   * a build triggered for one pact reports that pact's verdict.
   */
  public static BrokerContractSource forPactUrl(BrokerClient client, String provider, String pactUrl) {
    Objects.requireNonNull(pactUrl, "pactUrl");
    PactForVerification named = new PactForVerification(pactUrl, pactUrl, "the pact named by its URL", false, false, List.of());
    return new BrokerContractSource(client, provider, () -> List.of(named), false);
  }

  /**
   * Asks the broker which pacts to verify and fetches each.
   *
   * @throws ContractSourceException when the broker cannot be asked, refuses, or sends a pact that does not parse
   * @throws IllegalArgumentException when {@code provider} is not the query's provider
   */
  @Override
  public List<LoadedContract> load(String provider) {
    if (!provider.equals(this.provider)) {
      throw new IllegalArgumentException("this broker source fetches the pacts of " + this.provider
          + ", not of " + provider);
    }
    List<LoadedContract> contracts = new ArrayList<>();
    try {
      for (PactForVerification selected : selection.get()) {
        BrokerPact pact = client.fetchPact(selected.url());
        Contract contract = PactReader.read(pact.json(), selected.url());
        if (!contract.provider().equals(provider)) {
          throw new ContractSourceException("the pact at " + selected.url() + " is " + contract.consumer() + "'s pact with "
              + contract.provider() + ", not with " + provider + "; check --provider or the pact URL");
        }
        boolean pending = askedForPending && selected.pending();
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
