package dev.treaty.broker.server;

import static dev.treaty.broker.testing.PactFixtures.pact;
import static dev.treaty.broker.testing.PactFixtures.publishRequest;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.broker.testing.Backend;
import dev.treaty.broker.testing.BrokerHttp;
import dev.treaty.broker.testing.BrokerHttp.Reply;
import dev.treaty.broker.testing.BrokersPerBackend;
import dev.treaty.broker.testing.RunningBroker;
import dev.treaty.testing.GoldenFiles;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class PublishContractsTest {
  @RegisterExtension static final BrokersPerBackend BROKERS = new BrokersPerBackend();
  static final GoldenFiles GOLDEN = GoldenFiles.in("publish");

  @Parameter Backend backend;

  BrokerHttp http() {
    return BROKERS.get(backend).http();
  }

  Reply publish(String body) {
    return http().post("/contracts/publish", body);
  }

  @Test
  void publishStoresVersionBranchTagsAndPactReadableByItsLinks() {
    Reply reply = publish(publishRequest("PubA", "1.0.0+build.7", "main", List.of("dev"), "PubB", pact("PubA", "PubB", "get order")));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header("Content-Type")).startsWith("application/hal+json");
    JsonNode body = reply.json();
    assertThat(body.at("/notices/0/type").asText()).isEqualTo("success");
    assertThat(body.at("/notices/0/text").asText()).isEqualTo("Pact successfully published for PubA version 1.0.0+build.7 and provider PubB.");
    assertThat(body.at("/_embedded/version/number").asText()).isEqualTo("1.0.0+build.7");
    assertThat(body.at("/_links/pb:pacticipant-version-tags/0/name").asText()).isEqualTo("dev");
    String contractHref = body.at("/_links/pb:contracts/0/href").asText();
    assertThat(contractHref).endsWith("/pacts/provider/PubB/consumer/PubA/version/1.0.0%2Bbuild.7");

    JsonNode pact = http().get(contractHref).json();
    assertThat(pact.at("/consumer/name").asText()).isEqualTo("PubA");
    assertThat(pact.at("/interactions/0/_id").asText()).hasSize(40);
    assertThat(pact.get("createdAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+00:00");
    String pactVersionHref = pact.at("/_links/pb:pact-version/href").asText();
    assertThat(pact.at("/_links/pb:publish-verification-results/href").asText()).isEqualTo(pactVersionHref + "/verification-results");
    assertThat(pact.at("/_links/pb:provider/href").asText()).endsWith("/pacticipants/PubB");

    JsonNode bySha = http().get(pactVersionHref).json();
    assertThat(bySha.get("interactions")).isEqualTo(pact.get("interactions"));
    assertThat(bySha.at("/_links/pb:consumer-version/name").asText()).isEqualTo("1.0.0+build.7");

    JsonNode version = http().get("/pacticipants/PubA/versions/1.0.0%2Bbuild.7").json();
    assertThat(version.get("buildUrl").asText()).isEqualTo("http://ci/1.0.0+build.7");
    assertThat(version.at("/_embedded/branchVersions/0/name").asText()).isEqualTo("main");
    assertThat(version.at("/_embedded/branchVersions/0/latest").asBoolean()).isTrue();
    assertThat(version.at("/_embedded/tags/0/name").asText()).isEqualTo("dev");
    assertThat(http().get("/pacticipants/PubA").json().get("mainBranch").asText()).isEqualTo("main");
  }

  @Test
  void republishingTheSameContentDifferentlyFormattedIsANoOp() {
    String pact = pact("PubC", "PubD", "one", "two");
    String reordered = pact("PubC", "PubD", "two", "one").replace("\"3.0.0\"}", "\"3.0.0\"},\"pactRust\":{\"version\":\"1.0\"}");
    String first = http().get(publish(publishRequest("PubC", "1", null, List.of(), "PubD", pact)).json()
        .at("/_links/pb:contracts/0/href").asText()).json().at("/_links/pb:pact-version/href").asText();

    Reply again = publish(publishRequest("PubC", "1", null, List.of(), "PubD", "\n  " + reordered + "\n"));

    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().at("/notices/0/text").asText())
        .isEqualTo("Pact for PubC version 1 and provider PubD was already published with the same content; nothing changed.");
    String second = http().get("/pacts/provider/PubD/consumer/PubC/version/1").json().at("/_links/pb:pact-version/href").asText();
    assertThat(second).isEqualTo(first);
  }

  @Test
  void differentContentForAPublishedVersionIsRefusedWith409AndTheDifference() {
    publish(publishRequest("PubE", "1", null, List.of(), "PubF", pact("PubE", "PubF", "get order")));

    Reply conflict = publish(publishRequest("PubE", "1", null, List.of(), "PubF", pact("PubE", "PubF", "get order", "get invoice")));

    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.json().at("/notices/0/type").asText()).isEqualTo("error");
    GOLDEN.assertMatches("conflict-409.json", conflict.json().toPrettyString() + "\n");
    JsonNode stored = http().get("/pacts/provider/PubF/consumer/PubE/version/1").json();
    assertThat(stored.get("interactions")).hasSize(1);
  }

  @Test
  void mergeAddsInteractionsAsANewRevision() {
    publish(publishRequest("PubG", "1", null, List.of(), "PubH", pact("PubG", "PubH", "get order")));

    Reply merged = publish(publishRequest("PubG", "1", null, List.of(), "PubH", pact("PubG", "PubH", "get invoice"), "merge"));

    assertThat(merged.status()).isEqualTo(200);
    assertThat(merged.json().at("/notices/0/text").asText())
        .isEqualTo("Pact successfully merged into the pact for PubG version 1 and provider PubH (revision 2).");
    JsonNode stored = http().get("/pacts/provider/PubH/consumer/PubG/version/1").json();
    assertThat(stored.get("interactions")).extracting(i -> i.get("description").asText()).containsExactly("get order", "get invoice");
  }

  @Test
  void aMergeThatChangesAPublishedInteractionIsRefusedLikeAnOverwrite() {
    publish(publishRequest("MrgA", "1", null, List.of(), "MrgB", pact("MrgA", "MrgB", "get order")));
    String changedAndAdded = pact("MrgA", "MrgB", "get order", "get refund")
        .replaceFirst("\"status\":200", "\"status\":201");

    Reply refused = publish(publishRequest("MrgA", "1", null, List.of(), "MrgB", changedAndAdded, "merge"));

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().at("/errors/contracts/0").asText()).isEqualTo(
        "Cannot merge into the pact for MrgA version 1 and provider MrgB: the merge would change interactions 'get order'"
            + " (same description and provider state, different content). A merge may only add interactions to a"
            + " published pact; publish with a new consumer version, or rename the interactions.");
    assertThat(refused.json().at("/notices/1/text").asText())
        .isEqualTo("Differences from the published pact:\n  changed: \"get order\"\n  added: \"get refund\"");
    JsonNode stored = http().get("/pacts/provider/MrgB/consumer/MrgA/version/1").json();
    assertThat(stored.get("interactions")).hasSize(1);
    assertThat(stored.at("/interactions/0/response/status").asInt()).isEqualTo(200);
  }

  @Test
  void aMergeThatChangesAPublishedInteractionIsAllowedWithContractModification() {
    try (RunningBroker lenient = RunningBroker.start(backend, config -> config.allowContractModification(true))) {
      lenient.http().post("/contracts/publish", publishRequest("MrgC", "1", null, List.of(), "MrgD", pact("MrgC", "MrgD", "get order")));
      String changed = pact("MrgC", "MrgD", "get order").replace("\"status\":200", "\"status\":201");

      Reply merged = lenient.http().post("/contracts/publish", publishRequest("MrgC", "1", null, List.of(), "MrgD", changed, "merge"));

      assertThat(merged.status()).isEqualTo(200);
      JsonNode stored = lenient.http().get("/pacts/provider/MrgD/consumer/MrgC/version/1").json();
      assertThat(stored.at("/interactions/0/response/status").asInt()).isEqualTo(201);
    }
  }

  @Test
  void theBrokerCanBeConfiguredToAllowChangedContent() {
    try (RunningBroker lenient = RunningBroker.start(backend, config -> config.allowContractModification(true))) {
      lenient.http().post("/contracts/publish", publishRequest("PubI", "1", null, List.of(), "PubJ", pact("PubI", "PubJ", "a")));

      Reply changed = lenient.http().post("/contracts/publish", publishRequest("PubI", "1", null, List.of(), "PubJ", pact("PubI", "PubJ", "b")));

      assertThat(changed.status()).isEqualTo(200);
      assertThat(changed.json().at("/notices/0/type").asText()).isEqualTo("warning");
      JsonNode stored = lenient.http().get("/pacts/provider/PubJ/consumer/PubI/version/1").json();
      assertThat(stored.at("/interactions/0/description").asText()).isEqualTo("b");
    }
  }

  @Test
  void aPublishThatFailsMidwayLeavesNothingBehind() {
    publish(publishRequest("PubK", "1", null, List.of(), "PubL", pact("PubK", "PubL", "a")));
    String twoContracts = """
        {"pacticipantName":"PubK","pacticipantVersionNumber":"1","branch":"feat","tags":["t1"],"contracts":[
          {"consumerName":"PubK","providerName":"PubM","specification":"pact","contentType":"application/json","content":"%s"},
          {"consumerName":"PubK","providerName":"PubL","specification":"pact","contentType":"application/json","content":"%s"}]}"""
        .formatted(dev.treaty.broker.testing.PactFixtures.base64(pact("PubK", "PubM", "x")),
            dev.treaty.broker.testing.PactFixtures.base64(pact("PubK", "PubL", "changed")));

    Reply reply = publish(twoContracts);

    assertThat(reply.status()).isEqualTo(409);
    assertThat(http().get("/pacticipants/PubM").status()).isEqualTo(404);
    assertThat(http().get("/pacticipants/PubK/branches/feat").status()).isEqualTo(404);
    assertThat(http().get("/pacticipants/PubK/versions/1/tags/t1").status()).isEqualTo(404);
    assertThat(http().get("/pacticipants/PubK").json().has("mainBranch")).isFalse();
  }

  @Test
  void missingAndMistypedFieldsAreAllNamedInOne400() {
    Reply reply = publish("""
        {"pacticipantName":"","pacticipantVersionNumber":7,"tags":"dev","contracts":[
          {"consumerName":"Other","specification":"swagger","contentType":"text/plain","content":"%%%","onConflict":"ignore"}]}""");

    assertThat(reply.status()).isEqualTo(400);
    GOLDEN.assertMatches("invalid-fields-400.json", reply.json().toPrettyString() + "\n");
  }

  @Test
  void contentThatIsNotAPactIsNamedWithThePactsOwnPath() {
    String notAPact = "{\"consumer\":{\"name\":\"PubN\"},\"provider\":{\"name\":\"PubO\"},\"interactions\":[{\"description\":\"x\",\"request\":{\"method\":\"GET\",\"path\":\"/\"},\"response\":{\"status\":\"two hundred\"}}],\"metadata\":{\"pactSpecification\":{\"version\":\"3.0.0\"}}}";

    Reply reply = publish(publishRequest("PubN", "1", null, List.of(), "PubO", notAPact));

    assertThat(reply.status()).isEqualTo(400);
    GOLDEN.assertMatches("not-a-pact-400.json", reply.json().toPrettyString() + "\n");
    assertThat(http().get("/pacticipants/PubN").status()).isEqualTo(404);
  }

  @Test
  void malformedPactJsonIsReportedWithLineAndColumn() {
    Reply reply = publish(publishRequest("PubP", "1", null, List.of(), "PubQ", "{\n  \"consumer\": {\"name\": \"PubP\"},\n  \"provider\": \n}"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().at("/errors/contracts[0].content/0").asText()).contains("line 4");
  }

  @Test
  void namesInsideThePactMustMatchTheRequest() {
    Reply reply = publish(publishRequest("PubR", "1", null, List.of(), "PubS", pact("Someone", "PubS", "a")));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().at("/errors/contracts[0].content/0").asText())
        .isEqualTo("consumer.name in the pact is 'Someone' but consumerName is 'PubR'; they must be the same");
  }

  @Test
  void malformedRequestJsonIs400WithLineAndColumn() {
    Reply reply = publish("{\"pacticipantName\": \"x\",\n \"contracts\": [}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().at("/errors/body/0").asText()).contains("line 2, column");
  }

  @Test
  void aBodyLargerThanTheLimitIs413WithAJsonError() {
    try (RunningBroker small = RunningBroker.start(backend, config -> config.maxBodyBytes(2048))) {
      Reply reply = small.http().post("/contracts/publish", publishRequest("PubT", "1", null, List.of(), "PubU",
          pact("PubT", "PubU", "x".repeat(4000))));

      assertThat(reply.status()).isEqualTo(413);
      assertThat(reply.json().get("errors").get(0).asText()).isNotBlank();
      assertThat(small.http().get("/pacticipants/PubT").status()).isEqualTo(404);
    }
  }
}
