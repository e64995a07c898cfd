package dev.treaty.broker.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.broker.testing.Backend;
import dev.treaty.broker.testing.BrokerHttp;
import dev.treaty.broker.testing.JsonNames;
import dev.treaty.broker.testing.BrokerHttp.Reply;
import dev.treaty.broker.testing.BrokersPerBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class EnvironmentAndDeploymentTest {
  @RegisterExtension static final BrokersPerBackend BROKERS = new BrokersPerBackend();

  @Parameter Backend backend;

  BrokerHttp http() {
    return BROKERS.get(backend).http();
  }

  String recordHref(String pacticipant, String version, String rel, String environment) {
    for (JsonNode link : http().get("/pacticipants/" + pacticipant + "/versions/" + version).json().at("/_links/" + rel)) {
      if (link.get("name").asText().equals(environment)) {
        return link.get("href").asText();
      }
    }
    throw new AssertionError("no " + rel + " link for " + environment);
  }

  @Test
  void testAndProductionExistFromTheStart() {
    JsonNode body = http().get("/environments").json();

    assertThat(JsonNames.of(body.at("/_embedded/environments"))).contains("production", "test");
    assertThat(JsonNames.of(body.at("/_links/pb:environments"))).contains("production", "test");
    assertThat(http().get("/environments?name=production").json().at("/_embedded/environments/0/production").asBoolean()).isTrue();
  }

  @Test
  void createIs201WithLocationAndADuplicateNameIs400() {
    Reply created = http().post("/environments", "{\"name\":\"env-a\",\"displayName\":\"Env A\",\"production\":false,\"contacts\":[{\"name\":\"team\"}]}");
    Reply duplicate = http().post("/environments", "{\"name\":\"env-a\",\"production\":false}");

    assertThat(created.status()).isEqualTo(201);
    String uuid = created.json().get("uuid").asText();
    assertThat(created.header("Location")).endsWith("/environments/" + uuid);
    assertThat(http().get("/environments/" + uuid).json().at("/contacts/0/name").asText()).isEqualTo("team");
    assertThat(duplicate.status()).isEqualTo(400);
    assertThat(duplicate.json().at("/errors/name/0").asText()).isEqualTo("Another environment with name 'env-a' already exists.");
  }

  @Test
  void invalidEnvironmentsAreRefusedNamingTheField() {
    Reply reply = http().post("/environments", "{\"name\":\"has space\",\"production\":\"yes\"}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().at("/errors/name/0").asText()).isEqualTo("must not contain spaces or line breaks, got 'has space'");
    assertThat(reply.json().at("/errors/production/0").asText()).isEqualTo("must be a boolean (true or false), got a string");
    assertThat(http().post("/environments", "{\"name\":\"env-b\"}").json().at("/errors/production/0").asText()).isEqualTo("is required (true or false)");
    assertThat(http().get("/environments/no-such-uuid").status()).isEqualTo(404);
  }

  @Test
  void deployingReplacesThePreviousDeploymentOfTheSameInstance() {
    http().put("/pacticipants/DpA/versions/1", "");
    http().put("/pacticipants/DpA/versions/2", "");

    Reply first = http().post(recordHref("DpA", "1", "pb:record-deployment", "test"), "{}");
    Reply again = http().post(recordHref("DpA", "1", "pb:record-deployment", "test"), "{}");
    Reply second = http().post(recordHref("DpA", "2", "pb:record-deployment", "test"), "");

    assertThat(first.status()).isEqualTo(201);
    assertThat(first.header("Location")).isEqualTo(first.json().at("/_links/self/href").asText());
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("uuid").asText()).isEqualTo(first.json().get("uuid").asText());
    assertThat(second.status()).isEqualTo(201);
    assertThat(second.json().at("/_embedded/version/number").asText()).isEqualTo("2");
    JsonNode replaced = http().get(first.header("Location")).json();
    assertThat(replaced.get("currentlyDeployed").asBoolean()).isFalse();
    assertThat(replaced.get("undeployedAt").isNull()).isFalse();
  }

  @Test
  void applicationInstancesAreDeployedSideBySide() {
    http().put("/pacticipants/DpB/versions/1", "");
    http().put("/pacticipants/DpB/versions/2", "");

    Reply blue = http().post(recordHref("DpB", "1", "pb:record-deployment", "production"), "{\"applicationInstance\":\"blue\"}");
    http().post(recordHref("DpB", "2", "pb:record-deployment", "production"), "{\"target\":\"green\"}");

    JsonNode stillBlue = http().get(blue.header("Location")).json();
    assertThat(stillBlue.get("currentlyDeployed").asBoolean()).isTrue();
    assertThat(stillBlue.get("applicationInstance").asText()).isEqualTo("blue");
  }

  @Test
  void releasingIs201ThenAndLeavesEarlierReleasesSupported() {
    http().put("/pacticipants/DpC/versions/1", "");
    http().put("/pacticipants/DpC/versions/2", "");

    Reply first = http().post(recordHref("DpC", "1", "pb:record-release", "production"), "{}");
    Reply repeat = http().post(recordHref("DpC", "1", "pb:record-release", "production"), "{}");
    http().post(recordHref("DpC", "2", "pb:record-release", "production"), "{}");

    assertThat(first.status()).isEqualTo(201);
    assertThat(repeat.status()).isEqualTo(200);
    assertThat(http().get(first.header("Location")).json().get("currentlySupported").asBoolean()).isTrue();
  }

  @Test
  void recordingForAMissingEnvironmentIs404() {
    http().put("/pacticipants/DpD/versions/1", "");
    String href = recordHref("DpD", "1", "pb:record-deployment", "test");

    assertThat(http().post(href.substring(0, href.lastIndexOf('/') + 1) + "nope", "{}").status()).isEqualTo(404);
  }

  @Test
  void aDeploymentOfAVersionTheBrokerNeverSawIsAcceptedWithANoticeSayingSo() {
    http().put("/pacticipants/DpE/versions/1", "");
    String href = recordHref("DpE", "1", "pb:record-deployment", "test");

    Reply unseen = http().post(href.replace("/versions/1/", "/versions/9/"), "{}");
    Reply newPacticipant = http().post(href.replace("/pacticipants/DpE/versions/1/", "/pacticipants/DpNew/versions/1/"), "{}");

    assertThat(unseen.status()).isEqualTo(201);
    assertThat(unseen.json().at("/notices/0/text").asText()).isEqualTo("The broker had never seen DpE version 9; it was created by this deployment");
    assertThat(unseen.json().at("/notices/1/text").asText()).startsWith("DpE version 9 has published no contract and no verification result, "
        + "so the broker cannot tell what it is compatible with: can-i-deploy answers 'unknown'");
    assertThat(http().get("/pacticipants/DpE/versions/9").status()).isEqualTo(200);
    assertThat(newPacticipant.status()).isEqualTo(201);
    assertThat(newPacticipant.json().at("/notices/0/text").asText()).startsWith("The broker had never seen a pacticipant named DpNew; it was created");
  }

  @Test
  void aDeploymentOfAVersionWithAContractHasNoNotice() {
    http().post("/contracts/publish", dev.treaty.broker.testing.PactFixtures.publishRequest("DpF", "1", "main", java.util.List.of(), "DpFProvider",
        dev.treaty.broker.testing.PactFixtures.pact("DpF", "DpFProvider", "get")));

    Reply deployed = http().post(recordHref("DpF", "1", "pb:record-deployment", "test"), "{}");

    assertThat(deployed.status()).isEqualTo(201);
    assertThat(deployed.json().has("notices")).as(deployed.body()).isFalse();
  }

  @Test
  void environmentsAreUpdatedInPlaceAndKeepTheirNamesUnique() {
    String uuid = http().post("/environments", "{\"name\":\"env-u\",\"production\":false}").json().get("uuid").asText();
    http().post("/environments", "{\"name\":\"env-u-taken\",\"production\":false}");

    Reply updated = http().put("/environments/" + uuid,
        "{\"name\":\"env-u2\",\"displayName\":\"Env U\",\"production\":true,\"contacts\":[{\"name\":\"ops\",\"details\":{\"emailAddress\":\"ops@example.com\"}}]}");
    Reply clash = http().put("/environments/" + uuid, "{\"name\":\"env-u-taken\",\"production\":true}");

    assertThat(updated.status()).isEqualTo(200);
    JsonNode stored = http().get("/environments/" + uuid).json();
    assertThat(stored.get("name").asText()).isEqualTo("env-u2");
    assertThat(stored.get("production").asBoolean()).isTrue();
    assertThat(stored.at("/contacts/0/details/emailAddress").asText()).isEqualTo("ops@example.com");
    assertThat(clash.status()).isEqualTo(400);
    assertThat(clash.json().at("/errors/name/0").asText()).isEqualTo("Another environment with name 'env-u-taken' already exists.");
    assertThat(http().put("/environments/no-such-uuid", "{\"name\":\"x\",\"production\":true}").status()).isEqualTo(404);
  }

  @Test
  void anEnvironmentIsDeletedOnlyWhenNothingIsDeployedThere() {
    String uuid = http().post("/environments", "{\"name\":\"env-del\",\"production\":false}").json().get("uuid").asText();
    http().put("/pacticipants/DpG/versions/1", "");
    Reply deployed = http().post(recordHref("DpG", "1", "pb:record-deployment", "env-del"), "{\"applicationInstance\":\"blue\"}");

    Reply refused = http().delete("/environments/" + uuid);
    http().patch(deployed.header("Location"), "{\"currentlyDeployed\":false}");
    Reply deleted = http().delete("/environments/" + uuid);

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().at("/errors/environment/0").asText()).isEqualTo("Environment 'env-del' cannot be deleted while DpG 1 "
        + "(deployed, instance blue) is in it; record the undeployment (pact-broker record-undeployment) or the end of support (record-support-ended) first");
    assertThat(deleted.status()).isEqualTo(200);
    assertThat(deleted.json().get("name").asText()).isEqualTo("env-del");
    assertThat(http().get("/environments/" + uuid).status()).isEqualTo(404);
  }

  @Test
  void undeployingEndsTheDeploymentAndTheCurrentlyDeployedListDropsIt() {
    http().put("/pacticipants/DpH/versions/1", "");
    http().put("/pacticipants/DpH/versions/2", "");
    Reply blue = http().post(recordHref("DpH", "1", "pb:record-deployment", "test"), "{\"applicationInstance\":\"blue\"}");
    http().post(recordHref("DpH", "2", "pb:record-deployment", "test"), "{\"applicationInstance\":\"green\"}");
    String current = http().get("/environments?name=test").json().at("/_embedded/environments/0/_links/pb:currently-deployed-deployed-versions/href").asText();

    JsonNode before = http().get(current + "?pacticipant=DpH").json();
    Reply undeployed = http().send("PATCH", blue.header("Location"), "{\"currentlyDeployed\":false}",
        java.util.Map.of("Content-Type", "application/merge-patch+json"));
    JsonNode after = http().get(current + "?pacticipant=DpH").json();

    assertThat(before.at("/_embedded/deployedVersions").size()).isEqualTo(2);
    assertThat(before.at("/_embedded/deployedVersions/0/_embedded/pacticipant/name").asText()).isEqualTo("DpH");
    assertThat(undeployed.status()).isEqualTo(200);
    assertThat(undeployed.json().get("currentlyDeployed").asBoolean()).isFalse();
    assertThat(undeployed.json().get("undeployedAt").isNull()).isFalse();
    assertThat(after.at("/_embedded/deployedVersions").size()).isEqualTo(1);
    assertThat(after.at("/_embedded/deployedVersions/0/applicationInstance").asText()).isEqualTo("green");
    assertThat(http().get(current + "?pacticipant=DpH&applicationInstance=blue").json().at("/_embedded/deployedVersions").size()).isZero();
    Reply redeploy = http().patch(blue.header("Location"), "{\"currentlyDeployed\":true}");
    assertThat(redeploy.status()).isEqualTo(400);
    assertThat(redeploy.json().at("/errors/currentlyDeployed/0").asText()).isEqualTo("can only be set to false; record a new deployment to deploy it again");
  }

  @Test
  void endingSupportLeavesOtherReleasesSupportedAndAVersionSaysWhereItIs() {
    http().put("/pacticipants/DpI/versions/1", "");
    http().put("/pacticipants/DpI/versions/2", "");
    Reply one = http().post(recordHref("DpI", "1", "pb:record-release", "production"), "{}");
    http().post(recordHref("DpI", "2", "pb:record-release", "production"), "{}");
    http().post(recordHref("DpI", "1", "pb:record-deployment", "test"), "{}");
    String supported = http().get("/environments?name=production").json()
        .at("/_embedded/environments/0/_links/pb:currently-supported-released-versions/href").asText();

    Reply ended = http().patch(one.header("Location"), "{\"currentlySupported\":false}");

    assertThat(ended.status()).isEqualTo(200);
    assertThat(ended.json().get("currentlySupported").asBoolean()).isFalse();
    JsonNode left = http().get(supported + "?pacticipant=DpI").json().at("/_embedded/releasedVersions");
    assertThat(left.size()).isEqualTo(1);
    assertThat(left.at("/0/_embedded/version/number").asText()).isEqualTo("2");
    JsonNode where = http().get("/pacticipants/DpI/versions/1/deployments").json();
    assertThat(where.at("/_embedded/deployedVersions/0/_embedded/environment/name").asText()).isEqualTo("test");
    assertThat(where.at("/_embedded/deployedVersions/0/currentlyDeployed").asBoolean()).isTrue();
    assertThat(where.at("/_embedded/releasedVersions/0/_embedded/environment/name").asText()).isEqualTo("production");
    assertThat(where.at("/_embedded/releasedVersions/0/currentlySupported").asBoolean()).isFalse();
  }
}
