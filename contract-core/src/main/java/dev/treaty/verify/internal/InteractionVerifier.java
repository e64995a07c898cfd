package dev.treaty.verify.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.contract.Contract;
import dev.treaty.contract.HttpInteraction;
import dev.treaty.contract.HttpRequest;
import dev.treaty.contract.HttpResponse;
import dev.treaty.contract.Interaction;
import dev.treaty.contract.Message;
import dev.treaty.contract.MessageInteraction;
import dev.treaty.contract.SpecVersion;
import dev.treaty.generate.GeneratorContext;
import dev.treaty.generate.GeneratorException;
import dev.treaty.matching.MatchResult;
import dev.treaty.matching.MatchingEngine;
import dev.treaty.verify.InteractionResult;
import dev.treaty.verify.LoadedContract;
import dev.treaty.verify.Outcome;
import dev.treaty.verify.RequestFilter;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * Verifies one interaction: states up, request built and sent (or message produced), response
 * matched, states down; turns every failure into a result so interactions stay independent.
 */
public final class InteractionVerifier implements AutoCloseable {
  private final VerifierSettings settings;
  private final Shared shared;
  private final boolean ownsClient;
  private final HttpExchange exchange;

  /** A verifier with its own HTTP client, released by {@link #close()}. */
  public InteractionVerifier(VerifierSettings settings) {
    this(settings, new Shared(client(settings.reuseConnections()), new ConcurrentHashMap<>()), true);
  }

  private InteractionVerifier(VerifierSettings settings, Shared shared, boolean ownsClient) {
    this.settings = settings;
    this.shared = shared;
    this.ownsClient = ownsClient;
    this.exchange = settings.baseUrl() == null ? null
        : new HttpExchange(shared.client(), settings.baseUrl(), settings.timeout());
  }

  /**
   * A verifier with {@code settings} that sends through this one's HTTP client (its connections
   * and threads); closing it leaves the client open, closing this one releases it.
   *
   * @throws IllegalArgumentException when {@code settings} want other connection reuse than the client has
   */
  public InteractionVerifier sharingClient(VerifierSettings settings) {
    if (settings.reuseConnections() != this.settings.reuseConnections()) {
      throw new IllegalArgumentException("reuseConnections(" + settings.reuseConnections() + ") cannot change on a"
          + " verifier that shares the HTTP client of one built with reuseConnections(" + this.settings.reuseConnections()
          + "); set it on the builder of the first verifier");
    }
    return new InteractionVerifier(settings, shared, false);
  }

  // Reused connections are several times faster against providers that disable Nagle's algorithm
  // (Jetty, Netty, Tomcat, Go, Node); against ones that leave it on (the JDK's HttpServer by
  // default) each response stalls ~40 ms on a reused connection, hence the switch. The timeout is
  // set per call (HttpExchange), so verifiers with different timeouts can share the client.
  private static OkHttpClient client(boolean reuseConnections) {
    return new OkHttpClient.Builder()
        .connectionPool(reuseConnections ? new ConnectionPool() : new ConnectionPool(0, 1, TimeUnit.SECONDS))
        .followRedirects(false)
        .followSslRedirects(false)
        .build();
  }

  /** Verifies {@code interaction} of {@code contract}; never throws for a failing provider. */
  public InteractionResult verify(LoadedContract contract, Interaction interaction) {
    ProviderStates states = new ProviderStates(settings.stateHandler());
    Verdict verdict;
    try {
      Map<String, JsonNode> values = states.setUp(interaction.providerStates());
      verdict = run(contract.contract(), interaction, values);
    } catch (StateSetupException e) {
      verdict = Verdict.error(e.getMessage(), e.getCause());
    } catch (GeneratorException e) {
      verdict = Verdict.error("request could not be built: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      verdict = Verdict.error("verification failed unexpectedly: " + ProviderStates.describe(e), e);
    }
    String teardownFailure = states.tearDown();
    if (teardownFailure != null && verdict.outcome() == Outcome.PASSED) {
      verdict = Verdict.error(teardownFailure, null).withActual(verdict.actual());
    }
    return result(contract, interaction, verdict);
  }

  private Verdict run(Contract contract, Interaction interaction, Map<String, JsonNode> values) {
    if (interaction instanceof HttpInteraction http) {
      return verifyHttp(contract, http, values);
    }
    if (interaction instanceof MessageInteraction message) {
      return verifyMessage(contract, message);
    }
    return Verdict.error("interaction type \"" + interaction.type() + "\" cannot be verified by Treaty;"
        + " only Synchronous/HTTP and Asynchronous/Messages interactions can", null);
  }

  private Verdict verifyHttp(Contract contract, HttpInteraction interaction, Map<String, JsonNode> values) {
    if (exchange == null) {
      return Verdict.error("no provider base URL is configured; give one with"
          + " ProviderVerifier.builder().baseUrl(\"http://localhost:8080\") (CLI: --provider-base-url)", null);
    }
    HttpRequest request = settings.generators().apply(interaction.request(), GeneratorContext.provider(values));
    for (RequestFilter filter : settings.filters()) {
      request = filter.apply(request);
    }
    HttpResponse actual;
    try {
      actual = exchange.send(request);
    } catch (IOException e) {
      return Verdict.error(Failures.describe(e, request, exchange.url(request), settings.timeout()), e);
    }
    return Verdict.of(engine(contract).matchResponse(interaction.response(), actual)).withActual(actual);
  }

  private Verdict verifyMessage(Contract contract, MessageInteraction interaction) {
    if (settings.messageProducer() == null) {
      return Verdict.error("message \"" + interaction.description() + "\" cannot be produced: no message"
          + " producer is configured; give one (treaty verify: --message-producer-url; JUnit: a @ProducesMessage"
          + " method; Java: ProviderVerifier.builder().messageProducer(...))", null);
    }
    Message actual;
    try {
      actual = settings.messageProducer().produce(interaction.description(), interaction.providerStates());
    } catch (Exception e) {
      return Verdict.error("message producer failed: " + ProviderStates.describe(e), e);
    }
    if (actual == null) {
      return Verdict.error("message producer returned null for \"" + interaction.description() + "\"", null);
    }
    return Verdict.of(engine(contract).matchMessage(interaction.message(), actual));
  }

  private MatchingEngine engine(Contract contract) {
    return shared.engines().computeIfAbsent(contract.specVersion(), MatchingEngine::forSpecVersion);
  }

  private static InteractionResult result(LoadedContract loaded, Interaction interaction, Verdict verdict) {
    Outcome outcome = verdict.outcome();
    if (loaded.pending() && outcome != Outcome.PASSED) {
      outcome = Outcome.PENDING;
    }
    Contract c = loaded.contract();
    return new InteractionResult(c.consumer(), c.provider(), interaction.description(),
        interaction.providerStates(), loaded.location(), outcome, verdict.mismatches().mismatches(),
        verdict.error(), verdict.cause(), verdict.actual());
  }

  @Override
  public void close() {
    if (ownsClient) {
      shared.client().dispatcher().executorService().shutdown();
      shared.client().connectionPool().evictAll();
    }
  }

  /** What verifiers built from one another share: the HTTP client and a matching engine per spec version. */
  private record Shared(OkHttpClient client, Map<SpecVersion, MatchingEngine> engines) {}

  /** What happened to one interaction, before the pending flag is applied. */
  private record Verdict(Outcome outcome, MatchResult mismatches, String error, Throwable cause, HttpResponse actual) {
    static Verdict of(MatchResult result) {
      return new Verdict(result.matched() ? Outcome.PASSED : Outcome.FAILED, result, null, null, null);
    }

    static Verdict error(String message, Throwable cause) {
      return new Verdict(Outcome.ERROR, MatchResult.MATCHED, message, cause, null);
    }

    Verdict withActual(HttpResponse response) {
      return new Verdict(outcome, mismatches, error, cause, response);
    }
  }
}
