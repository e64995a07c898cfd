package dev.treaty.broker.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.broker.testing.Backend;
import dev.treaty.broker.testing.BrokerHttp;
import dev.treaty.broker.testing.JsonNames;
import dev.treaty.broker.testing.BrokerHttp.Reply;
import dev.treaty.broker.testing.BrokersPerBackend;
import dev.treaty.testing.GoldenFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class PacticipantAndVersionRoutesTest {
  @RegisterExtension static final BrokersPerBackend BROKERS = new BrokersPerBackend();
  static final GoldenFiles GOLDEN = GoldenFiles.in("pacticipants");

  @Parameter Backend backend;

  BrokerHttp http() {
    return BROKERS.get(backend).http();
  }

  String url() {
    return BROKERS.get(backend).url();
  }

  @Test
  void putCreatesAPacticipantThen200sAndGetShowsTemplatedLinks() {
    Reply created = http().put("/pacticipants/PvA", "{\"displayName\":\"Pv A\",\"team\":\"orders\"}");
    Reply again = http().put("/pacticipants/PvA", "{\"displayName\":\"Pv A\",\"team\":\"orders\"}");

    assertThat(created.status()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(200);
    JsonNode body = http().get("/pacticipants/PvA").json();
    assertThat(body.get("name").asText()).isEqualTo("PvA");
    assertThat(body.get("team").asText()).isEqualTo("orders");
    JsonNode links = body.get("_links");
    assertThat(links.at("/pb:version-tag/href").asText()).isEqualTo(url() + "/pacticipants/PvA/versions/{version}/tags/{tag}");
    assertThat(links.at("/pb:version-tag/templated").asBoolean()).isTrue();
    assertThat(links.at("/pb:branch-version/href").asText()).isEqualTo(url() + "/pacticipants/PvA/branches/{branch}/versions/{version}");
    assertThat(links.at("/pb:branch-version/templated").asBoolean()).isTrue();
    assertThat(links.at("/pb:version/templated").asBoolean()).isTrue();
  }

  @Test
  void patchMergesMetadataAbsentKeepsNullClears() {
    http().put("/pacticipants/PvB", "{\"displayName\":\"Pv B\",\"repositoryUrl\":\"https://git/pvb\",\"runbookUrl\":\"https://run\"}");

    Reply patched = http().send("PATCH", "/pacticipants/PvB", "{\"mainBranch\":\"trunk\",\"docsUrl\":\"https://docs\",\"runbookUrl\":null}",
        java.util.Map.of("Content-Type", "application/merge-patch+json"));

    assertThat(patched.status()).isEqualTo(200);
    JsonNode body = patched.json();
    assertThat(body.get("displayName").asText()).isEqualTo("Pv B");
    assertThat(body.get("repositoryUrl").asText()).isEqualTo("https://git/pvb");
    assertThat(body.get("mainBranch").asText()).isEqualTo("trunk");
    assertThat(body.get("docsUrl").asText()).isEqualTo("https://docs");
    assertThat(body.has("runbookUrl")).isFalse();
  }

  @Test
  void patchOfAnUnknownPacticipantIs404AndWrongTypesAre400() {
    assertThat(http().patch("/pacticipants/PvNobody", "{}").status()).isEqualTo(404);
    http().put("/pacticipants/PvC", "");

    Reply reply = http().patch("/pacticipants/PvC", "{\"team\":42,\"name\":\"Other\"}");

    assertThat(reply.status()).isEqualTo(400);
    GOLDEN.assertMatches("patch-wrong-types-400.json", reply.json().toPrettyString() + "\n");
  }

  @Test
  void postCreatesAndRefusesADuplicate() {
    Reply created = http().post("/pacticipants", "{\"name\":\"PvD\",\"displayName\":\"D\"}");
    Reply duplicate = http().post("/pacticipants", "{\"name\":\"PvD\"}");

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Location")).isEqualTo(url() + "/pacticipants/PvD");
    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(JsonNames.of(http().get("/pacticipants").json().at("/_embedded/pacticipants"))).contains("PvD");
  }

  @Test
  void unknownPacticipantIs404() {
    Reply reply = http().get("/pacticipants/PvNoSuch");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.json().at("/errors/0").asText()).isEqualTo("No pacticipant named 'PvNoSuch'");
  }

  @Test
  void putVersionIs201Then200AndKeepsTheBuildUrl() {
    Reply created = http().put("/pacticipants/PvE/versions/1.0.0", "");
    Reply updated = http().put("/pacticipants/PvE/versions/1.0.0", "{\"buildUrl\":\"http://ci/7\"}");

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Location")).isEqualTo(url() + "/pacticipants/PvE/versions/1.0.0");
    assertThat(updated.status()).isEqualTo(200);
    JsonNode version = http().get("/pacticipants/PvE/versions/1.0.0").json();
    assertThat(version.get("number").asText()).isEqualTo("1.0.0");
    assertThat(version.get("buildUrl").asText()).isEqualTo("http://ci/7");
  }

  @Test
  void versionResourceListsRecordDeploymentAndReleaseLinksPerEnvironment() {
    http().put("/pacticipants/PvF/versions/2", "");

    JsonNode links = http().get("/pacticipants/PvF/versions/2").json().get("_links");

    assertThat(links.get("pb:record-deployment").isArray()).isTrue();
    assertThat(JsonNames.of(links.get("pb:record-deployment"))).contains("test", "production");
    JsonNode production = java.util.stream.StreamSupport.stream(links.get("pb:record-release").spliterator(), false)
        .filter(l -> l.get("name").asText().equals("production")).findFirst().orElseThrow();
    assertThat(production.get("title").asText()).isEqualTo("Record release to Production");
    assertThat(production.get("href").asText()).startsWith(url() + "/pacticipants/PvF/versions/2/released-versions/environment/");
  }

  @Test
  void missingVersionIs404() {
    http().put("/pacticipants/PvG", "");

    assertThat(http().get("/pacticipants/PvG/versions/9.9.9").status()).isEqualTo(404);
    assertThat(http().get("/pacticipants/PvG/versions/9.9.9").json().at("/errors/0").asText()).isEqualTo("PvG version 9.9.9 not found");
  }

  @Test
  void versionsAreListedNewestFirstInPages() {
    for (String v : new String[] {"3", "1", "2"}) {
      http().put("/pacticipants/PvH/versions/" + v, "");
    }

    JsonNode first = http().get("/pacticipants/PvH/versions?pageSize=2").json();
    JsonNode second = http().get("/pacticipants/PvH/versions?pageSize=2&pageNumber=2").json();

    assertThat(first.at("/_embedded/versions").findValuesAsText("number")).containsExactly("2", "1");
    assertThat(first.at("/page/totalElements").asLong()).isEqualTo(3);
    assertThat(first.at("/_links/next/href").asText()).endsWith("/pacticipants/PvH/versions?pageNumber=2&pageSize=2");
    assertThat(second.at("/_embedded/versions").findValuesAsText("number")).containsExactly("3");
    assertThat(http().get("/pacticipants/PvH/versions?pageSize=0").status()).isEqualTo(400);
    assertThat(http().get("/pacticipants/PvH/versions?pageNumber=x").json().at("/errors/pageNumber/0").asText())
        .isEqualTo("must be a whole number from 1 to 2147483647, got 'x'");
  }

  @Test
  void eachListedVersionCarriesItsOwnBranchesTagsAndDeploymentLinks() {
    http().put("/pacticipants/PvJ/branches/main/versions/1", "{}");
    http().put("/pacticipants/PvJ/versions/1/tags/prod", "{}");
    http().put("/pacticipants/PvJ/branches/main/versions/2", "{}");
    http().put("/pacticipants/PvJ/branches/feat%2Fx/versions/2", "{}");
    http().put("/pacticipants/PvJ/versions/2/tags/dev", "{}");
    http().put("/pacticipants/PvJ/versions/3", "");

    JsonNode versions = http().get("/pacticipants/PvJ/versions").json().at("/_embedded/versions");

    assertThat(versions.findValuesAsText("number")).containsExactly("3", "2", "1");
    JsonNode v3 = versions.get(0);
    JsonNode v2 = versions.get(1);
    JsonNode v1 = versions.get(2);
    assertThat(v3.at("/_embedded/branchVersions")).isEmpty();
    assertThat(v3.at("/_embedded/tags")).isEmpty();
    assertThat(v2.at("/_embedded/branchVersions").findValuesAsText("name")).containsExactly("main", "feat/x");
    assertThat(v2.at("/_embedded/branchVersions").findValuesAsText("latest")).containsExactly("true", "true");
    assertThat(v2.at("/_embedded/tags").findValuesAsText("name")).containsExactly("dev");
    assertThat(v1.at("/_embedded/branchVersions").findValuesAsText("name")).containsExactly("main");
    assertThat(v1.at("/_embedded/branchVersions").findValuesAsText("latest")).containsExactly("false");
    assertThat(v1.at("/_embedded/tags").findValuesAsText("name")).containsExactly("prod");
    for (JsonNode version : versions) {
      assertThat(version.at("/_links/pb:record-deployment").findValuesAsText("name"))
          .as("version %s", version.get("number")).contains("test", "production");
    }
    assertThat(versions).as("the list renders each version as GET of it does")
        .containsExactly(http().get("/pacticipants/PvJ/versions/3").json(), http().get("/pacticipants/PvJ/versions/2").json(),
            http().get("/pacticipants/PvJ/versions/1").json());
  }

  @Test
  void latestVersionIsTheNewestOverallOrWithATag() {
    http().put("/pacticipants/PvI/versions/a/tags/prod", "{}");
    http().put("/pacticipants/PvI/versions/b", "");

    assertThat(http().get("/pacticipants/PvI/latest-version").json().get("number").asText()).isEqualTo("b");
    assertThat(http().get("/pacticipants/PvI/latest-version/prod").json().get("number").asText()).isEqualTo("a");
    assertThat(http().get("/pacticipants/PvI/latest-version/none").status()).isEqualTo(404);
  }
}
