package dev.treaty.broker.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.testing.FakeBroker;
import dev.treaty.verify.ContractSourceException;
import dev.treaty.verify.FakeProvider;
import dev.treaty.verify.InteractionResult;
import dev.treaty.verify.LoadedContract;
import dev.treaty.verify.Outcome;
import dev.treaty.verify.ProviderVerifier;
import dev.treaty.verify.VerificationReport;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BrokerContractSourceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PACTS = """
      {"_embedded":{"pacts":[
        {"shortDescription":"latest from branch main","verificationProperties":{"pending":false,
           "notices":[{"when":"before_verification","text":"web: selected as latest from main"}]},
         "_links":{"self":{"href":"{base}/pacts/web"}}},
        {"shortDescription":"latest from branch feat","verificationProperties":{"pending":true,
           "notices":[{"when":"before_verification","text":"app: pending, will not fail the build"}]},
         "_links":{"self":{"href":"{base}/pacts/app"}}}]}}""";

  private final FakeBroker broker = FakeBroker.start();

  @AfterEach
  void stop() {
    broker.close();
  }

  private void script() {
    broker.scriptOrderService(PACTS);
    broker.on("PUT", "/pacticipants/order-service/branches/main/versions/2.0.0", 201, "{}");
  }

  @Test
  void contractsCarryTheirUrlPendingFlagAndNotices() {
    script();
    try (BrokerClient client = BrokerClient.builder(broker.url()).build()) {
      BrokerContractSource source = new BrokerContractSource(client, query());
      List<LoadedContract> contracts = source.load("order-service");

      assertThat(contracts).extracting(LoadedContract::location)
          .containsExactly(broker.url() + "/pacts/web", broker.url() + "/pacts/app");
      assertThat(contracts).extracting(LoadedContract::pending).containsExactly(false, true);
      assertThat(contracts.get(1).notices()).containsExactly("app: pending, will not fail the build");
      assertThat(source.selection(broker.url() + "/pacts/web")).get()
          .extracting(PactForVerification::shortDescription).isEqualTo("latest from branch main");
      assertThat(source.describe()).isEqualTo("broker " + broker.url());
    }
  }

  @Test
  void pendingFailureDoesNotFailTheRunButIsPublishedAsFailedWithTheActualResponse() throws Exception {
    script();
    try (FakeProvider provider = FakeProvider.start(r -> r.path().equals("/orders/42")
            ? FakeProvider.Reply.json(200, "{\"id\":42}") : FakeProvider.Reply.json(200, "{\"id\":\"43\"}"));
        BrokerClient client = BrokerClient.builder(broker.url()).build()) {
      BrokerContractSource source = new BrokerContractSource(client, query());
      VerificationReport report;
      try (ProviderVerifier verifier = ProviderVerifier.builder().baseUrl(provider.baseUrl())
          .resultsPublisher(source.resultsPublisher(new ProviderVersion("2.0.0", "main", List.of(), null)))
          .build()) {
        report = verifier.verify(source, "order-service");
      }

      assertThat(report.results()).extracting(InteractionResult::outcome).containsExactly(Outcome.PASSED, Outcome.PENDING);
      assertThat(report.succeeded()).isTrue();
    }
    assertThat(broker.calls()).containsExactly("POST /pacts/provider/order-service/for-verification",
        "GET /pacts/web", "GET /pacts/app", "GET /pacticipants/order-service",
        "PUT /pacticipants/order-service/branches/main/versions/2.0.0",
        "POST /pacts/web/verification-results", "POST /pacts/app/verification-results");
    JsonNode web = JSON.readTree(broker.body("/pacts/web/verification-results"));
    assertThat(web.get("success").asBoolean()).isTrue();
    assertThat(web.at("/testResults/0/interactionId").asText()).isEqualTo("id-web");
    JsonNode app = JSON.readTree(broker.body("/pacts/app/verification-results"));
    assertThat(app.get("success").asBoolean()).isFalse();
    JsonNode result = app.at("/testResults/0");
    assertThat(result.get("interactionId").asText()).isEqualTo("id-app");
    assertThat(result.get("success").asBoolean()).isFalse();
    assertThat(result.get("mismatches")).isEqualTo(JSON.readTree("""
        [{"attribute":"body","identifier":"$.id","description":"expected: 42 (number); actual: \\"43\\" (string)"}]"""));
    assertThat(result.at("/actualResponse/status").asInt()).isEqualTo(200);
    assertThat(result.at("/actualResponse/body")).isEqualTo(JSON.readTree("{\"id\":\"43\"}"));
    assertThat(result.at("/actualResponse/headers").toString()).containsIgnoringCase("\"content-type\":\"application/json\"");
  }

  @Test
  void brokerRefusalBecomesASourceFailureNamingTheBroker() {
    broker.on("POST", "/pacts/provider/order-service/for-verification", 400,
        "{\"errors\":{\"consumerVersionSelectors\":[\"unknown environment (at index 0)\"]}}");
    try (BrokerClient client = BrokerClient.builder(broker.url()).build()) {
      assertThatThrownBy(() -> new BrokerContractSource(client, query()).load("order-service"))
          .isInstanceOf(ContractSourceException.class)
          .hasMessage("broker " + broker.url() + ": the broker answered 400 to POST " + broker.url()
              + "/pacts/provider/order-service/for-verification\n  consumerVersionSelectors: unknown environment (at index 0)");
    }
  }

  @Test
  void contractsFromOtherSourcesAreNotPublished() {
    try (BrokerClient client = BrokerClient.builder(broker.url()).build()) {
      BrokerContractSource source = new BrokerContractSource(client, query());
      LoadedContract local = new LoadedContract(dev.treaty.json.PactReader.read(FakeBroker.orderPact("x", "/"), "x.json"),
          "x.json", false, List.of());
      assertThat(source.resultsPublisher(ProviderVersion.of("1")).publishResults(local, List.of())).isEmpty();
    }
    assertThat(broker.requests()).isEmpty();
  }

  private static PactsForVerificationQuery query() {
    return PactsForVerificationQuery.builder("order-service").selectors(ConsumerVersionSelector.defaults())
        .providerBranch("main").includePendingStatus(true).build();
  }
}
