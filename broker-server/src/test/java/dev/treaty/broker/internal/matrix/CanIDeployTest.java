package dev.treaty.broker.internal.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.broker.testing.Backend;
import dev.treaty.broker.testing.BrokerHttp;
import dev.treaty.broker.testing.BrokerHttp.Reply;
import dev.treaty.broker.testing.BrokerSeed;
import dev.treaty.broker.testing.BrokersPerBackend;
import dev.treaty.broker.testing.RunningBroker;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code GET /can-i-deploy}, its index links, and links of a broker served under a sub-path. */
@ParameterizedClass
@EnumSource(Backend.class)
class CanIDeployTest {
  @RegisterExtension static final BrokersPerBackend BROKERS = new BrokersPerBackend();

  @Parameter Backend backend;

  BrokerHttp http() {
    return BROKERS.get(backend).http();
  }

  BrokerSeed seed() {
    return BrokerSeed.of(BROKERS.get(backend));
  }

  @Test
  void answersForAnEnvironmentAndForATag() {
    seed().environment("cd-env", false);
    String sha = seed().pact("cd-web", "1.0.0", "cd-orders", "get order");
    seed().deploy("cd-orders", "2.0.0", "cd-env");
    seed().tag("cd-orders", "2.0.0", "cd-prod");
    seed().verification("cd-orders", "2.0.0", "cd-web", sha, true, null, null, null);

    JsonNode toEnvironment = http().get("/can-i-deploy?pacticipant=cd-web&version=1.0.0&environment=cd-env").json();
    JsonNode toTag = http().get("/can-i-deploy?pacticipant=cd-web&version=1.0.0&to=cd-prod").json();

    assertThat(toEnvironment.at("/summary/deployable").asBoolean()).as(toEnvironment.toString()).isTrue();
    assertThat(toEnvironment.at("/matrix/0/provider/version/number").asText()).isEqualTo("2.0.0");
    assertThat(toTag.at("/summary/deployable").asBoolean()).as(toTag.toString()).isTrue();
    assertThat(toTag.at("/matrix/0/provider/version/number").asText()).isEqualTo("2.0.0");
  }

  @Test
  void missingParametersAndUnknownNamesAre400() {
    seed().pacticipant("cd-known");

    assertThat(error("/can-i-deploy?pacticipant=cd-known&environment=production"))
        .isEqualTo("version is required, e.g. ?pacticipant=order-web&version=1.0.0&environment=production");
    assertThat(error("/can-i-deploy?pacticipant=cd-known&version=1"))
        .isEqualTo("Exactly one of to, environment, branch or mainBranch=true is required, got 0");
    assertThat(error("/can-i-deploy?pacticipant=cd-nobody&version=1&environment=production")).isEqualTo("Pacticipant cd-nobody not found");
    assertThat(error("/can-i-deploy?pacticipant=cd-known&version=1&environment=cd-nowhere"))
        .isEqualTo("Environment with name 'cd-nowhere' does not exist");
  }

  String error(String path) {
    Reply reply = http().get(path);
    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    return reply.json().at("/errors/0").asText();
  }

  @Test
  void theIndexLinksCanIDeployTemplates() {
    JsonNode links = http().get("/").json().get("_links");

    assertThat(links.at("/pb:can-i-deploy-pacticipant-version-to-environment/href").asText())
        .isEqualTo(BROKERS.get(backend).url() + "/can-i-deploy?pacticipant={pacticipant}&version={version}&environment={environment}");
    assertThat(links.at("/pb:can-i-deploy-pacticipant-version-to-environment/templated").asBoolean()).isTrue();
    assertThat(links.at("/pb:can-i-deploy-pacticipant-version-to-tag/href").asText()).endsWith("/can-i-deploy?pacticipant={pacticipant}&version={version}&to={tag}");
  }

  @Test
  void underASubPathEveryLinkAndEveryFixCommandKeepsThePath() {
    String base = "https://gateway.example/tools/broker";
    try (RunningBroker proxied = RunningBroker.start(backend, config -> config.baseUrl(URI.create(base)))) {
      BrokerSeed seed = BrokerSeed.of(proxied);
      String sha = seed.pact("sp-web", "1.0.0", "sp-orders", "get order");
      seed.verification("sp-orders", "2.0.0", "sp-web", sha, false, null, null, MatrixTest.FAILED_RESULTS);
      seed.deploy("sp-orders", "2.0.0", "production");
      seed.pact("sp-web", "1.0.0", "sp-stock", "get stock");

      JsonNode body = proxied.http().get("/can-i-deploy?pacticipant=sp-web&version=1.0.0&environment=production").json();

      List<String> hrefs = new ArrayList<>();
      collectHrefs(body, hrefs);
      assertThat(hrefs).isNotEmpty().allSatisfy(href -> assertThat(href).startsWith(base + "/"));
      assertThat(body.at("/summary/fixes").toString()).contains("--broker " + base + " ").doesNotContain("127.0.0.1");
    }
  }

  static void collectHrefs(JsonNode node, List<String> hrefs) {
    if (node.has("href")) {
      hrefs.add(node.get("href").asText());
    }
    node.forEach(child -> collectHrefs(child, hrefs));
  }

  @Test
  void everyAnswerIsKeptWithWhatItCountedAndHasAUrl() {
    seed().environment("cd-kept-env", false);
    String sha = seed().pact("cd-kept-web", "1.0.0", "cd-kept-orders", "get order");
    seed().deploy("cd-kept-orders", "2.0.0", "cd-kept-env");
    seed().verification("cd-kept-orders", "2.0.0", "cd-kept-web", sha, false, null, null, MatrixTest.FAILED_RESULTS);
    JsonNode answer = http().get("/can-i-deploy?pacticipant=cd-kept-web&version=1.0.0&environment=cd-kept-env").json();
    String href = answer.at("/_links/pb:decision/href").asText();
    seed().verification("cd-kept-orders", "2.0.0", "cd-kept-web", sha, true, null, null, null);

    JsonNode kept = http().get(href).json();

    assertThat(href).startsWith(BROKERS.get(backend).url() + "/decisions/");
    assertThat(kept.at("/summary/deployable").asBoolean()).as("as it was answered, not as it would be now").isFalse();
    assertThat(kept.get("matrix")).isEqualTo(answer.get("matrix"));
    assertThat(kept.get("summary")).isEqualTo(answer.get("summary"));
    assertThat(kept.get("decidedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*");
    assertThat(http().get("/can-i-deploy?pacticipant=cd-kept-web&version=1.0.0&environment=cd-kept-env").json()
        .at("/summary/deployable").asBoolean()).isTrue();
    assertThat(http().get("/decisions/no-such-decision").status()).isEqualTo(404);
  }
}
