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
  void recordingForAMissingVersionOrEnvironmentIs404() {
    http().put("/pacticipants/DpD/versions/1", "");
    String href = recordHref("DpD", "1", "pb:record-deployment", "test");

    assertThat(http().post(href.replace("/versions/1/", "/versions/9/"), "{}").status()).isEqualTo(404);
    assertThat(http().post(href.substring(0, href.lastIndexOf('/') + 1) + "nope", "{}").status()).isEqualTo(404);
  }
}
