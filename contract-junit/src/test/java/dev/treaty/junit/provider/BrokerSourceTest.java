package dev.treaty.junit.provider;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.testing.FakeBroker;
import dev.treaty.verify.FakeProvider;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestTemplate;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** {@code @ContractBroker} against a scripted broker: selection, pending, publishing, configuration errors. */
class BrokerSourceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  static volatile URI target;

  private FakeBroker broker;
  private FakeProvider provider;

  @BeforeEach
  void start() {
    broker = FakeBroker.start();
    provider = FakeProvider.start(r -> r.path().equals("/orders/42")
        ? FakeProvider.Reply.json(200, "{\"id\":42}") : FakeProvider.Reply.json(200, "{\"id\":\"43\"}"));
    target = provider.baseUrl();
  }

  @AfterEach
  void stop() {
    broker.close();
    provider.close();
  }

  private void script() {
    broker.scriptOrderService("""
        {"_embedded":{"pacts":[
          {"shortDescription":"latest from main branch","verificationProperties":{"pending":false,"notices":[]},
           "_links":{"self":{"href":"{base}/pacts/web"}}},
          {"shortDescription":"latest from branch feat","verificationProperties":{"pending":true,"notices":[]},
           "_links":{"self":{"href":"{base}/pacts/app"}}}]}}""");
    broker.on("PUT", "/pacticipants/order-service/branches/release%2F2/versions/2.0.0", 201, "{}");
    broker.on("PUT", "/pacticipants/order-service/versions/2.0.0/tags/prod", 201, "{}");
  }

  private EngineExecutionResults run(Class<?> fixture, String... parameters) {
    Map<String, String> map = new HashMap<>(Map.of("treaty.broker.url", broker.url()));
    for (int i = 0; i < parameters.length; i += 2) {
      map.put(parameters[i], parameters[i + 1]);
    }
    return TestKit.run(fixture, map);
  }

  @Test
  void brokerPactsAreVerifiedPendingFailuresAbortAndResultsArePublishedAfterTheClass() throws Exception {
    script();

    var results = run(FromBroker.class, "treaty.provider.version", "2.0.0", "treaty.provider.branch", "release/2",
        "treaty.provider.tags", "prod", "treaty.broker.token", "t0k");

    assertThat(TestKit.started(results)).containsExactly("web · get order", "app · get order");
    assertThat(results.testEvents().succeeded().count()).isEqualTo(1);
    assertThat(results.testEvents().aborted().count()).as("pending").isEqualTo(1);
    assertThat(TestKit.failures(results)).isEmpty();
    assertThat(broker.calls()).containsExactly("POST /pacts/provider/order-service/for-verification",
        "GET /pacts/web", "GET /pacts/app", "GET /pacticipants/order-service",
        "PUT /pacticipants/order-service/branches/release%2F2/versions/2.0.0",
        "PUT /pacticipants/order-service/versions/2.0.0/tags/prod",
        "POST /pacts/web/verification-results", "POST /pacts/app/verification-results");
    assertThat(broker.requests()).allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer t0k"));
    JsonNode query = JSON.readTree(broker.requests().get(1).body());
    assertThat(query).isEqualTo(JSON.readTree("""
        {"consumerVersionSelectors":[{"mainBranch":true}],"providerVersionBranch":"release/2",
         "providerVersionTags":["prod"],"includePendingStatus":true}"""));
    assertThat(JSON.readTree(broker.body("/pacts/web/verification-results")).get("success").asBoolean()).isTrue();
    JsonNode app = JSON.readTree(broker.body("/pacts/app/verification-results"));
    assertThat(app.get("success").asBoolean()).isFalse();
    assertThat(app.at("/testResults/0/mismatches/0/identifier").asText()).isEqualTo("$.id");
  }

  @Test
  void aPactUrlFromTheConfigurationIsVerifiedAloneWithoutAskingForPacts() {
    script();

    var results = run(FromBroker.class, "treaty.broker.pactUrl", broker.url() + "/pacts/web", "treaty.provider.version", "2.0.0");

    assertThat(TestKit.started(results)).containsExactly("web · get order");
    assertThat(broker.calls()).doesNotContain("POST /pacts/provider/order-service/for-verification")
        .contains("GET /pacts/web", "POST /pacts/web/verification-results").doesNotContain("GET /pacts/app");
  }

  @Test
  void basicCredentialsFromTheConfigurationAreSentWithEveryRequest() {
    script();

    run(FromBroker.class, "treaty.broker.username", "ci", "treaty.broker.password", "trt_secret");

    String basic = "Basic " + java.util.Base64.getEncoder().encodeToString("ci:trt_secret".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(broker.requests()).isNotEmpty().allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo(basic));
  }

  @Test
  void withoutAProviderVersionNothingIsPublished() {
    script();

    var results = run(FromBroker.class);

    assertThat(results.testEvents().started().count()).isEqualTo(2);
    assertThat(broker.calls()).noneMatch(c -> c.contains("verification-results") || c.startsWith("PUT"));
  }

  @Test
  void publishFalseKeepsResultsLocalEvenWithAVersion() {
    script();

    run(FromBroker.class, "treaty.provider.version", "2.0.0", "treaty.verification.publish", "false");

    assertThat(broker.calls()).noneMatch(c -> c.contains("verification-results"));
  }

  @Test
  void publishingWithoutAProviderVersionFailsLoudly() {
    script();

    var results = run(FromBroker.class, "treaty.verification.publish", "true");

    TestKit.assertGolden("broker-publish-without-version.txt", TestKit.onlyFailure(results));
    assertThat(broker.calls()).isEmpty();
  }

  @Test
  void missingBrokerUrlFailsTheClass() {
    TestKit.assertGolden("broker-no-url.txt", TestKit.onlyFailure(TestKit.run(FromBroker.class)));
  }

  @Test
  void unauthorizedFailsTheClassSayingHowToPassAToken() {
    broker.replace("GET", "/", 401, "{\"errors\":[\"Unauthorized\"]}");

    String failure = TestKit.onlyFailure(run(FromBroker.class)).replace(broker.url(), "<broker>");

    TestKit.assertGolden("broker-unauthorized.txt", failure);
  }

  @Test
  void refusedResultsFailTheClass() {
    script();
    broker.replace("POST", "/pacts/app/verification-results", 400,
        "{\"errors\":{\"providerApplicationVersion\":[\"can't be blank\"]}}");

    var results = run(FromBroker.class, "treaty.provider.version", "2.0.0");

    TestKit.assertGolden("broker-results-refused.txt", TestKit.onlyFailure(results).replace(broker.url(), "<broker>"));
  }

  @Fixture
  @TreatyProviderTest(provider = "order-service")
  @ContractBroker(selectors = "{\"mainBranch\": true}", enablePending = true)
  static class FromBroker {
    @BeforeEach
    void target(VerificationContext context) {
      context.target(target);
    }

    @TestTemplate
    void verify(VerificationContext context) {
      context.verify();
    }
  }
}
