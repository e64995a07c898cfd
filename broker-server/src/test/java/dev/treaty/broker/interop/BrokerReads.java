package dev.treaty.broker.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.broker.testing.BrokerHttp;
import dev.treaty.broker.testing.BrokerHttp.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the interop tests read back from the broker over its HTTP API after a client wrote to it:
 * pacts, versions with their branches and tags, verification results.
 */
final class BrokerReads {
  private final BrokerHttp http;

  BrokerReads(BrokerHttp http) {
    this.http = http;
  }

  /** The pact {@code consumer} version {@code version} published for {@code provider}; it must exist. */
  JsonNode pact(String consumer, String version, String provider) {
    Reply reply = http.get("/pacts/provider/" + provider + "/consumer/" + consumer + "/version/" + version);
    assertThat(reply.status()).as("pact of %s %s for %s: %s", consumer, version, provider, reply.body()).isEqualTo(200);
    return reply.json();
  }

  /** The version resource; it must exist. */
  JsonNode version(String pacticipant, String version) {
    Reply reply = http.get("/pacticipants/" + pacticipant + "/versions/" + version);
    assertThat(reply.status()).as("version %s of %s: %s", version, pacticipant, reply.body()).isEqualTo(200);
    return reply.json();
  }

  /** The branch names of a version, from {@code _embedded.branchVersions}. */
  List<String> branches(String pacticipant, String version) {
    return names(version(pacticipant, version).at("/_embedded/branchVersions"));
  }

  /** The tag names of a version, from {@code _embedded.tags}. */
  List<String> tags(String pacticipant, String version) {
    return names(version(pacticipant, version).at("/_embedded/tags"));
  }

  /**
   * The latest verification result of the pact {@code consumer} version {@code version} published
   * for {@code provider} ({@code GET <pb:pact-version>/verification-results/latest}); empty when the
   * pact was never verified.
   */
  Optional<JsonNode> latestVerification(String consumer, String version, String provider) {
    JsonNode pactVersion = pact(consumer, version, provider).at("/_links/pb:pact-version/href");
    assertThat(pactVersion.isTextual()).as("the pact links its content version (pb:pact-version): %s", pactVersion).isTrue();
    String latest = pactVersion.asText() + "/verification-results/latest";
    Reply reply = http.get(latest);
    if (reply.status() == 404) {
      return Optional.empty();
    }
    assertThat(reply.status()).as("GET %s: %s", latest, reply.body()).isEqualTo(200);
    return Optional.of(reply.json());
  }

  /** The latest verification result, which must exist. */
  JsonNode requireVerification(String consumer, String version, String provider) {
    return latestVerification(consumer, version, provider)
        .orElseThrow(() -> new AssertionError("no verification result reached the broker for the pact of "
            + consumer + " " + version + " with " + provider));
  }

  private static List<String> names(JsonNode array) {
    List<String> names = new ArrayList<>();
    array.forEach(element -> names.add(element.path("name").asText(element.path("branch").path("name").asText())));
    return names;
  }
}
