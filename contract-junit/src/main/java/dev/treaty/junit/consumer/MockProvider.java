package dev.treaty.junit.consumer;

import dev.treaty.contract.HttpInteraction;
import dev.treaty.dsl.HttpInteractionBuilder;
import java.net.URI;

/**
 * The mock of one provider in a consumer test: a real HTTP server on a random local port that
 * answers the declared interactions with their example responses. Injected as a test parameter.
 *
 * <p>Requests are matched with the contract's matching rules, not only the example values. The
 * server is started once per test class; declarations made in a test end with that test.
 */
public interface MockProvider {

  /** The name of the provider this mock stands for. */
  String provider();

  /** The base URL of the mock, such as {@code http://localhost:54321}, without trailing slash. */
  String baseUrl();

  /** The local port the mock listens on. */
  int port();

  /** {@link #baseUrl()} followed by {@code path}, such as {@code uri("/orders/42")}. */
  default URI uri(String path) {
    return URI.create(baseUrl() + path);
  }

  /**
   * Declares an interaction for the current test: the mock answers it from now on, and the test
   * fails unless it was received by the end of the test.
   *
   * @return this mock, to declare more
   */
  MockProvider expect(HttpInteraction interaction);

  /** Builds {@code interaction} and declares it; see {@link #expect(HttpInteraction)}. */
  default MockProvider expect(HttpInteractionBuilder interaction) {
    return expect(interaction.build());
  }
}
