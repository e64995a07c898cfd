package dev.treaty.broker.client;

import java.util.List;
import java.util.Objects;

/**
 * The pacts of one consumer version to publish in one request ({@code POST /contracts/publish}),
 * with the version's branch, tags and build URL.
 *
 * @param consumer the consumer's name; every pact must name it as its consumer
 * @param consumerVersion the consumer's version, such as a commit SHA
 * @param branch the branch the version was built from, or null
 * @param tags tags to give the version (may be empty)
 * @param buildUrl the CI build that produced the version, or null
 * @param pacts the pact documents, one per provider
 */
public record ContractPublication(
    String consumer, String consumerVersion, String branch, List<String> tags, String buildUrl, List<Pact> pacts) {

  public ContractPublication {
    requireText(consumer, "consumer");
    requireText(consumerVersion, "consumerVersion");
    tags = tags == null ? List.of() : List.copyOf(tags);
    pacts = List.copyOf(pacts);
    if (pacts.isEmpty()) {
      throw new IllegalArgumentException("a publication needs at least one pact for consumer " + consumer);
    }
  }

  /**
   * One pact document to publish.
   *
   * @param provider the provider the pact is with
   * @param json the pact file's JSON text, sent unchanged
   */
  public record Pact(String provider, String json) {
    public Pact {
      requireText(provider, "provider");
      Objects.requireNonNull(json, "json");
    }
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank: \"" + value + "\"");
    }
  }
}
