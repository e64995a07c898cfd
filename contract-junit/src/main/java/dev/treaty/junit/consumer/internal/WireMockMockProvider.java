package dev.treaty.junit.consumer.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.standalone.MappingsSource;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;
import dev.treaty.contract.HttpInteraction;
import dev.treaty.junit.consumer.MockProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.List;
import java.util.function.Consumer;

/** A mock provider backed by a WireMock server whose only stub hands every request to Treaty. */
final class WireMockMockProvider implements MockProvider, AutoCloseable {
  private final String provider;
  private final InteractionLedger ledger;
  private final WireMockServer server;
  private final Consumer<HttpInteraction> onDeclare;
  private final String baseUrl;

  private WireMockMockProvider(String consumer, String provider, Consumer<HttpInteraction> onDeclare) {
    this.provider = provider;
    this.onDeclare = onDeclare;
    this.ledger = new InteractionLedger(provider);
    this.server = new WireMockServer(options()
        .dynamicPort()
        .jettyAcceptors(1)
        .containerThreads(10)
        .asynchronousResponseEnabled(false)
        .disableRequestJournal()
        .templatingEnabled(false)
        .extensionScanningEnabled(false)
        .gzipDisabled(true)
        .stubCorsEnabled(false)
        .stubRequestLoggingDisabled(true)
        .http2PlainDisabled(true)
        .http2TlsDisabled(true)
        .disableOptimizeXmlFactoriesLoading(true)
        .httpClientFactory(NoProxyClient.FACTORY)
        .notifier(new ConsoleNotifier(false))
        .mappingSource(NoMappings.INSTANCE)
        .extensions(new MockResponder(consumer, provider, ledger, this::baseUrl)));
    server.start();
    this.baseUrl = "http://localhost:" + server.port();
    server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(MockResponder.UNEXPECTED_STATUS)));
  }

  /**
   * Starts a mock for {@code provider} and sends it one request, so that the first request of a
   * test is not the one that pays for class loading and thread start-up.
   */
  static WireMockMockProvider start(String consumer, String provider, Consumer<HttpInteraction> onDeclare) {
    WireMockMockProvider mock = new WireMockMockProvider(consumer, provider, onDeclare);
    mock.warmUp();
    return mock;
  }

  private void warmUp() {
    try {
      HttpURLConnection connection = (HttpURLConnection) URI.create(baseUrl + "/").toURL().openConnection();
      connection.setRequestProperty(MockResponder.WARM_UP_HEADER, "1");
      connection.getResponseCode();
      connection.disconnect();
    } catch (IOException e) {
      throw new UncheckedIOException("mock provider for " + provider + " at " + baseUrl
          + " does not answer: " + e.getMessage(), e);
    }
  }

  @Override
  public String provider() {
    return provider;
  }

  @Override
  public String baseUrl() {
    return baseUrl;
  }

  @Override
  public int port() {
    return server.port();
  }

  @Override
  public MockProvider expect(HttpInteraction interaction) {
    onDeclare.accept(interaction);
    ledger.declare(interaction);
    return this;
  }

  void share(List<HttpInteraction> interactions) {
    ledger.share(interactions);
  }

  TestOutcome endTest() {
    return ledger.endTest();
  }

  TestOutcome endClass() {
    return ledger.endClass();
  }

  @Override
  public void close() {
    server.stop();
  }

  @Override
  public String toString() {
    return "MockProvider[" + provider + " at " + baseUrl + "]";
  }

  /** Keeps WireMock from loading or saving stub files of the project under test. */
  private enum NoMappings implements MappingsSource {
    INSTANCE;

    @Override
    public void loadMappingsInto(StubMappings stubMappings) {}

    @Override
    public void save(List<StubMapping> stubMappings) {}

    @Override
    public void save(StubMapping stubMapping) {}

    @Override
    @SuppressWarnings("removal") // abstract in WireMock 3, so it must be implemented
    public void remove(StubMapping stubMapping) {}

    @Override
    public void removeAll() {}
  }
}
