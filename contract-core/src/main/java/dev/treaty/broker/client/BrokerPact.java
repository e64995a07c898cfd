package dev.treaty.broker.client;

import java.util.Objects;

/**
 * A pact fetched from the broker: its JSON and the links needed to report on it.
 *
 * @param url where it was fetched from
 * @param json the pact document as the broker sent it (with {@code _links}; Treaty's reader ignores them)
 * @param publishResultsUrl where verification results go ({@code pb:publish-verification-results}), or null
 * @param providerUrl the provider pacticipant resource ({@code pb:provider}), or null
 */
public record BrokerPact(String url, String json, String publishResultsUrl, String providerUrl) {

  public BrokerPact {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(json, "json");
  }
}
