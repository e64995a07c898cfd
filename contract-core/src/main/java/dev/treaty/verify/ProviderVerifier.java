package dev.treaty.verify;

import dev.treaty.contract.Interaction;
import dev.treaty.verify.internal.BaseUrls;
import dev.treaty.verify.internal.InteractionVerifier;
import dev.treaty.verify.internal.VerifierSettings;
import dev.treaty.generate.GeneratorEngine;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Replays the interactions of contracts against a running provider and reports, per interaction,
 * whether the provider kept the contract.
 *
 * <p>For each HTTP interaction the verifier sets up its provider states, builds the request
 * (applying generators, such as provider-state values in {@code /orders/${id}}), runs the request
 * filters, sends it to the base URL, matches the response with the matching engine of the
 * contract's spec version, and tears the states down. For each message interaction it calls the
 * {@link MessageProducer} and matches what it returns. Interactions are independent: one failing
 * never stops the others, and nothing is thrown for a failed interaction.
 *
 * <pre>{@code
 * try (ProviderVerifier verifier = ProviderVerifier.builder()
 *     .baseUrl("http://localhost:8080/api")
 *     .stateHandler(state -> repository.setUp(state))
 *     .requestFilter(RequestFilter.header("Authorization", "Bearer test"))
 *     .timeout(Duration.ofSeconds(5))
 *     .build()) {
 *   VerificationReport report = verifier.verify(ContractSource.directory(pacts), "order-service");
 *   System.out.print(VerificationSummaryRenderer.render(report));
 * }
 * }</pre>
 *
 * <p>A JUnit extension verifies one interaction per test with {@link #verify(LoadedContract,
 * Interaction)}. Instances are thread-safe; {@link #close()} releases the HTTP client's threads.
 */
public final class ProviderVerifier implements AutoCloseable {
  private final VerifierSettings settings;
  private final Clock clock;
  private final InteractionVerifier interactions;
  private final VerificationResultsPublisher publisher;

  private ProviderVerifier(Builder builder) {
    this.settings = new VerifierSettings(builder.baseUrl, builder.filters, builder.timeout, builder.stateHandler,
        builder.messageProducer, builder.reuseConnections, GeneratorEngine.create(builder.clock));
    this.clock = builder.clock;
    this.interactions = builder.parent == null ? new InteractionVerifier(settings)
        : builder.parent.sharingClient(settings);
    this.publisher = builder.publisher;
  }

  /** A builder; only the base URL is needed for HTTP interactions without provider states. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder that starts from this verifier's settings and whose verifiers send through this
   * verifier's HTTP client: the same connections and threads, so building one per interaction
   * costs no new client. Closing such a verifier leaves the client open; closing this one
   * releases it (as with OkHttp's {@code newBuilder()}). Connection reuse is the client's and
   * cannot change.
   */
  public Builder newBuilder() {
    Builder builder = new Builder();
    builder.parent = interactions;
    builder.baseUrl = settings.baseUrl();
    builder.filters.addAll(settings.filters());
    builder.timeout = settings.timeout();
    builder.stateHandler = settings.stateHandler();
    builder.messageProducer = settings.messageProducer();
    builder.publisher = publisher;
    builder.reuseConnections = settings.reuseConnections();
    builder.clock = clock;
    return builder;
  }

  /**
   * Loads the contracts of {@code provider} from {@code source} and verifies every interaction.
   *
   * @throws ContractSourceException when the source cannot deliver its contracts
   */
  public VerificationReport verify(ContractSource source, String provider) {
    return verify(provider, source.load(provider));
  }

  /** Verifies every interaction of {@code contracts}, publishing each contract's results. */
  public VerificationReport verify(String provider, List<LoadedContract> contracts) {
    List<InteractionResult> all = new ArrayList<>();
    List<String> notices = new ArrayList<>();
    for (LoadedContract contract : contracts) {
      notices.addAll(contract.notices());
      List<InteractionResult> results = new ArrayList<>();
      for (Interaction interaction : contract.contract().interactions()) {
        results.add(verify(contract, interaction));
      }
      all.addAll(results);
      publish(contract, results);
    }
    return new VerificationReport(provider, all, notices);
  }

  /** Verifies one interaction of {@code contract}; never throws for a failure or error. */
  public InteractionResult verify(LoadedContract contract, Interaction interaction) {
    return interactions.verify(contract, interaction);
  }

  private void publish(LoadedContract contract, List<InteractionResult> results) {
    if (publisher == null) {
      return;
    }
    try {
      publisher.publish(contract, results);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(
          "publishing verification results of " + contract.location() + " failed: " + e.getMessage(), e);
    }
  }

  /** Releases the HTTP client's connections and threads, unless the client came from {@link #newBuilder()}. */
  @Override
  public void close() {
    interactions.close();
  }

  /** Collects the settings of a {@link ProviderVerifier}; {@link #build()} validates them. */
  public static final class Builder {
    private URI baseUrl;
    private final List<RequestFilter> filters = new ArrayList<>();
    private Duration timeout = Duration.ofSeconds(10);
    private ProviderStateHandler stateHandler;
    private MessageProducer messageProducer;
    private VerificationResultsPublisher publisher;
    private boolean reuseConnections = true;
    private Clock clock = Clock.systemDefaultZone();
    private InteractionVerifier parent;

    private Builder() {}

    /**
     * The provider's base URL: scheme, host, port and optional base path, such as {@code
     * http://localhost:8080/api}; an interaction's path is appended to it.
     *
     * @throws IllegalArgumentException when the URL is not an absolute http(s) URL with a host
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = BaseUrls.parse(baseUrl);
      return this;
    }

    /** The provider's base URL as a URI; see {@link #baseUrl(String)}. */
    public Builder baseUrl(URI baseUrl) {
      return baseUrl(Objects.requireNonNull(baseUrl, "baseUrl").toString());
    }

    /** Adds a filter run on every request just before it is sent. */
    public Builder requestFilter(RequestFilter filter) {
      filters.add(Objects.requireNonNull(filter, "filter"));
      return this;
    }

    /** The longest one request may take, from connecting to reading the body (default 10 s). */
    public Builder timeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive: " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /** Sets up and tears down provider states; without one, an interaction with states errors. */
    public Builder stateHandler(ProviderStateHandler stateHandler) {
      this.stateHandler = Objects.requireNonNull(stateHandler, "stateHandler");
      return this;
    }

    /** Produces messages for message interactions; without one, message interactions error. */
    public Builder messageProducer(MessageProducer messageProducer) {
      this.messageProducer = Objects.requireNonNull(messageProducer, "messageProducer");
      return this;
    }

    /** Receives each contract's results after it is verified (a broker publishes them). */
    public Builder resultsPublisher(VerificationResultsPublisher publisher) {
      this.publisher = Objects.requireNonNull(publisher, "publisher");
      return this;
    }

    /**
     * Whether to keep connections to the provider open between requests (default true, several
     * times faster). Turn it off for a provider that leaves Nagle's algorithm on, such as the
     * JDK's {@code HttpServer} without {@code -Dsun.net.httpserver.nodelay=true}: on a reused
     * connection each of its responses arrives about 40 ms late.
     */
    public Builder reuseConnections(boolean reuseConnections) {
      this.reuseConnections = reuseConnections;
      return this;
    }

    /**
     * The clock (and time zone) that {@code Date}, {@code Time} and {@code DateTime} generators read
     * (default: the system clock in the default zone).
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * A verifier with these settings.
     *
     * @throws IllegalArgumentException when a builder from {@link ProviderVerifier#newBuilder()}
     *     changed {@link #reuseConnections(boolean)}
     */
    public ProviderVerifier build() {
      return new ProviderVerifier(this);
    }
  }
}
