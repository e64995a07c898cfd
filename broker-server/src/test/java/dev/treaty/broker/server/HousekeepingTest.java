package dev.treaty.broker.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.broker.testing.Backend;
import dev.treaty.broker.testing.BrokerHttp;
import dev.treaty.broker.testing.BrokerHttp.Reply;
import dev.treaty.broker.testing.BrokerSeed;
import dev.treaty.broker.testing.BrokersPerBackend;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The admin deletions (issue 14, housekeeping) over HTTP, on both backends: what goes, what stays, what is refused. */
@ParameterizedClass
@EnumSource(Backend.class)
class HousekeepingTest {
  static final String ADMIN = "housekeeping-admin-0123";
  @RegisterExtension static final BrokersPerBackend BROKERS = new BrokersPerBackend(config -> config.adminToken(ADMIN));

  @Parameter Backend backend;

  BrokerHttp http() {
    return BROKERS.get(backend).http();
  }

  BrokerSeed seed() {
    return BrokerSeed.of(BROKERS.get(backend));
  }

  Reply as(String method, String path) {
    return http().send(method, path, null, Map.of("Authorization", "Bearer " + ADMIN));
  }

  @Test
  void deletingAVersionTakesItsPactTagsBranchMembershipAndVerificationsButKeepsSharedContent() {
    BrokerSeed seed = seed();
    String sha = seed.pact("hk-web", "1.0.0", "hk-orders", "get order");
    seed.pact("hk-web", "1.0.1", "hk-orders", "get order"); // the same content, published again
    seed.tag("hk-web", "1.0.0", "prod").branch("hk-web", "1.0.0", "main");
    seed.verification("hk-orders", "2.0.0", "hk-web", sha, true, null, null, null);

    Reply deleted = as("DELETE", "/pacticipants/hk-web/versions/1.0.0");

    assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
    JsonNode removed = deleted.json().get("removed");
    assertThat(removed.get("versions").asInt()).isEqualTo(1);
    assertThat(removed.get("pact publications").asInt()).isEqualTo(1);
    assertThat(removed.get("tags").asInt()).isEqualTo(1);
    assertThat(removed.get("branch versions").asInt()).isEqualTo(1);
    assertThat(removed.has("pact contents")).as("1.0.1 still publishes the content").isFalse();
    assertThat(as("GET", "/pacticipants/hk-web/versions/1.0.0").status()).isEqualTo(404);
    assertThat(as("GET", "/pacts/provider/hk-orders/consumer/hk-web/version/1.0.1").status()).isEqualTo(200);
    assertThat(as("GET", "/pacts/provider/hk-orders/consumer/hk-web/pact-version/" + sha + "/verification-results").body())
        .as("the verification of the shared content stays").contains("\"success\":true");
  }

  @Test
  void deletingTheLastPublicationOfAContentTakesTheContentAndItsVerifications() {
    BrokerSeed seed = seed();
    String sha = seed.pact("solo-web", "1.0.0", "solo-orders", "get order");
    seed.verification("solo-orders", "2.0.0", "solo-web", sha, false, null, null, null);

    Reply deleted = as("DELETE", "/pacts/provider/solo-orders/consumer/solo-web/version/1.0.0");

    assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
    assertThat(deleted.json().get("removed").toString()).contains("\"pact publications\":1", "\"verifications\":1",
        "\"pact versions\":1", "\"pact contents\":1");
    assertThat(as("GET", "/pacts/provider/solo-orders/consumer/solo-web/version/1.0.0").status()).isEqualTo(404);
    assertThat(as("GET", "/pacticipants/solo-web/versions/1.0.0").status()).as("the version stays").isEqualTo(200);
    assertThat(as("DELETE", "/pacts/provider/solo-orders/consumer/solo-web/version/1.0.0").status()).isEqualTo(404);
  }

  @Test
  void aDeployedVersionIsRefusedNamingWhereUntilItIsUndeployed() {
    BrokerSeed seed = seed();
    seed.pact("live-web", "1.0.0", "live-orders", "get order");
    seed.deploy("live-web", "1.0.0", "production");

    Reply refused = as("DELETE", "/pacticipants/live-web/versions/1.0.0");
    Reply pacticipant = as("DELETE", "/pacticipants/live-web");

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.body()).contains("is deployed in production", "record-undeployment");
    assertThat(pacticipant.status()).isEqualTo(409);
    seed.undeploy("live-web", "1.0.0");
    assertThat(as("DELETE", "/pacticipants/live-web/versions/1.0.0").status()).isEqualTo(200);
  }

  @Test
  void deletingAPacticipantTakesEverythingOfItAndTheProviderNoLongerVerifiesIt() {
    BrokerSeed seed = seed();
    seed.pact("gone-web", "1.0.0", "gone-orders", "get order");
    seed.pact("gone-web", "1.1.0", "gone-orders", "get order 2");
    seed.branch("gone-web", "1.1.0", "main").mainBranch("gone-web", "main");

    Reply deleted = as("DELETE", "/pacticipants/gone-web");

    assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
    assertThat(deleted.json().at("/removed/versions").asInt()).isEqualTo(2);
    assertThat(deleted.json().at("/removed/pacticipants").asInt()).isEqualTo(1);
    assertThat(as("GET", "/pacticipants/gone-web").status()).isEqualTo(404);
    Reply forVerification = http().send("POST", "/pacts/provider/gone-orders/for-verification",
        "{\"consumerVersionSelectors\":[{\"mainBranch\":true}]}", Map.of("Authorization", "Bearer " + ADMIN));
    assertThat(forVerification.json().at("/_embedded/pacts").size()).isZero();
  }

  @Test
  void branchesAndTagsGoAloneAndDeletionsNeedAdminAndAreAudited() {
    BrokerSeed seed = seed();
    seed.version("bt-web", "1.0.0");
    seed.tag("bt-web", "1.0.0", "dev").branch("bt-web", "1.0.0", "feature/x");
    String writer = http().send("POST", "/tokens", "{\"name\":\"hk-writer-" + backend + "\",\"role\":\"write\"}",
        Map.of("Authorization", "Bearer " + ADMIN)).json().get("token").asText();

    Reply asWriter = http().send("DELETE", "/pacticipants/bt-web/versions/1.0.0/tags/dev", null, Map.of("Authorization", "Bearer " + writer));
    Reply tag = as("DELETE", "/pacticipants/bt-web/versions/1.0.0/tags/dev");
    Reply branch = as("DELETE", "/pacticipants/bt-web/branches/feature%2Fx");

    assertThat(asWriter.status()).isEqualTo(403);
    assertThat(tag.status()).isEqualTo(200);
    assertThat(branch.status()).as(branch.body()).isEqualTo(200);
    assertThat(as("GET", "/pacticipants/bt-web/versions/1.0.0/tags/dev").status()).isEqualTo(404);
    assertThat(as("GET", "/pacticipants/bt-web/branches/feature%2Fx").status()).isEqualTo(404);
    assertThat(as("GET", "/pacticipants/bt-web/versions/1.0.0").status()).isEqualTo(200);
    assertThat(as("GET", "/audit?limit=50").body()).contains("\"method\":\"DELETE\"", "/pacticipants/bt-web/versions/1.0.0/tags/dev");
  }
}
