package dev.treaty.broker.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.broker.testing.BrokerHttp;
import dev.treaty.broker.testing.BrokerHttp.Reply;

/**
 * What the release-gate interop tests do through the broker's own API rather than a CLI: publish
 * a verification result (as a verifier would, through the pact's {@code pb:publish-verification-results})
 * and read deployments back. Public for the CLI module's release-gate tests.
 */
public final class GateSteps {
  public static final String MISMATCH = "Expected a String but was missing";

  private final BrokerHttp http;

  public GateSteps(BrokerHttp http) {
    this.http = http;
  }

  /** Publishes a result of {@code provider} {@code providerVersion} verifying the consumer version's pact. */
  public void verify(String consumer, String consumerVersion, String provider, String providerVersion, boolean success) {
    JsonNode pact = http.get("/pacts/provider/" + provider + "/consumer/" + consumer + "/version/" + consumerVersion).json();
    String href = pact.at("/_links/pb:publish-verification-results/href").asText();
    String description = pact.at("/interactions/0/description").asText();
    String mismatches = success ? "" : ",\"mismatches\":[{\"attribute\":\"body\",\"identifier\":\"$.customerId\",\"description\":\"" + MISMATCH + "\"}]";
    Reply reply = http.post(href, "{\"success\":" + success + ",\"providerApplicationVersion\":\"" + providerVersion + "\","
        + "\"buildUrl\":\"http://ci.example/" + provider + "/" + providerVersion + "\","
        + "\"testResults\":[{\"interactionDescription\":\"" + description + "\",\"success\":" + success + mismatches + "}]}");
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
  }

  /** How many versions of the pacticipant are currently deployed in the environment. */
  int currentlyDeployed(String environment, String pacticipant) {
    String href = http.get("/environments?name=" + environment).json()
        .at("/_embedded/environments/0/_links/pb:currently-deployed-deployed-versions/href").asText();
    return http.get(href + "?pacticipant=" + pacticipant).json().at("/_embedded/deployedVersions").size();
  }

  /** How many versions of the pacticipant are currently released and supported in the environment. */
  int currentlySupported(String environment, String pacticipant) {
    String href = http.get("/environments?name=" + environment).json()
        .at("/_embedded/environments/0/_links/pb:currently-supported-released-versions/href").asText();
    return http.get(href + "?pacticipant=" + pacticipant).json().at("/_embedded/releasedVersions").size();
  }
}
