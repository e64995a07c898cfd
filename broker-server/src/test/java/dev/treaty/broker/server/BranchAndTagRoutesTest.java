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
class BranchAndTagRoutesTest {
  @RegisterExtension static final BrokersPerBackend BROKERS = new BrokersPerBackend();

  @Parameter Backend backend;

  BrokerHttp http() {
    return BROKERS.get(backend).http();
  }

  String url() {
    return BROKERS.get(backend).url();
  }

  @Test
  void putBranchVersionIs201WithLocationThen200WithAJsonBody() {
    Reply created = http().put("/pacticipants/BtA/branches/main/versions/1", "{}");
    Reply again = http().put("/pacticipants/BtA/branches/main/versions/1", "");

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Location")).isEqualTo(url() + "/pacticipants/BtA/branches/main/versions/1");
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("branch").asText()).isEqualTo("main");
    assertThat(http().get("/pacticipants/BtA/branches/main/versions/1").status()).isEqualTo(200);
  }

  @Test
  void theBranchHeadIsTheVersionAddedLast() {
    http().put("/pacticipants/BtB/versions/2", "");
    http().put("/pacticipants/BtB/versions/1", "");
    http().put("/pacticipants/BtB/branches/dev/versions/2", "{}");
    http().put("/pacticipants/BtB/branches/dev/versions/1", "{}");

    JsonNode branch = http().get("/pacticipants/BtB/branches/dev").json();

    assertThat(branch.at("/_embedded/latestVersion/number").asText()).isEqualTo("1");
    assertThat(http().get("/pacticipants/BtB/versions/2").json().at("/_embedded/branchVersions/0/latest").asBoolean()).isFalse();
    assertThat(JsonNames.of(http().get("/pacticipants/BtB/branches").json().at("/_embedded/branches"))).containsExactly("dev");
  }

  @Test
  void branchNamesWithASlashArriveEncodedAndComeBackEncoded() {
    Reply created = http().put("/pacticipants/BtC/branches/feature%2Fx/versions/1.0.0+build.1", "{}");

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Location")).isEqualTo(url() + "/pacticipants/BtC/branches/feature%2Fx/versions/1.0.0%2Bbuild.1");
    JsonNode branch = http().get("/pacticipants/BtC/branches/feature%2Fx").json();
    assertThat(branch.get("name").asText()).isEqualTo("feature/x");
    assertThat(branch.at("/_embedded/latestVersion/number").asText()).isEqualTo("1.0.0+build.1");
    JsonNode version = http().get("/pacticipants/BtC/versions/1.0.0+build.1").json();
    assertThat(version.at("/_embedded/branchVersions/0/name").asText()).isEqualTo("feature/x");
    assertThat(http().get("/pacticipants/BtC/versions/1.0.0%2Bbuild.1").json().get("number").asText()).isEqualTo("1.0.0+build.1");
  }

  @Test
  void unknownBranchIs404() {
    http().put("/pacticipants/BtD", "");

    assertThat(http().get("/pacticipants/BtD/branches/nope").status()).isEqualTo(404);
    assertThat(http().get("/pacticipants/BtD/branches/nope").json().at("/errors/0").asText()).isEqualTo("BtD has no branch 'nope'");
  }

  @Test
  void aMainDevelopOrMasterBranchBecomesTheMainBranchWhenNoneIsSet() {
    http().put("/pacticipants/BtE/branches/feat/versions/1", "{}");
    http().put("/pacticipants/BtE/branches/develop/versions/1", "{}");
    http().put("/pacticipants/BtE/branches/main/versions/2", "{}");

    assertThat(http().get("/pacticipants/BtE").json().get("mainBranch").asText()).isEqualTo("develop");
  }

  @Test
  void aTagNamedMasterAlsoSetsTheMainBranch() {
    http().put("/pacticipants/BtF/versions/1/tags/master", "{}");

    assertThat(http().get("/pacticipants/BtF").json().get("mainBranch").asText()).isEqualTo("master");
  }

  @Test
  void putTagCreatesPacticipantAndVersionIs201Then200() {
    Reply created = http().put("/pacticipants/BtG/versions/1/tags/prod", "");
    Reply again = http().put("/pacticipants/BtG/versions/1/tags/prod", "{}");

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Location")).isEqualTo(url() + "/pacticipants/BtG/versions/1/tags/prod");
    assertThat(created.json().get("name").asText()).isEqualTo("prod");
    assertThat(created.json().at("/_links/self/href").asText()).isEqualTo(url() + "/pacticipants/BtG/versions/1/tags/prod");
    assertThat(again.status()).isEqualTo(200);
    assertThat(http().get("/pacticipants/BtG/versions/1/tags/prod").status()).isEqualTo(200);
    assertThat(http().get("/pacticipants/BtG/versions/1/tags/other").status()).isEqualTo(404);
  }
}
