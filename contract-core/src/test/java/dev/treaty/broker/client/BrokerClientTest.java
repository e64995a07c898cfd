package dev.treaty.broker.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.testing.FakeBroker;
import dev.treaty.testing.FakeBroker.Reply;
import dev.treaty.testing.GoldenFiles;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BrokerClientTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final GoldenFiles GOLDEN = GoldenFiles.in("broker-client");
  private static final String PACT = "{\"consumer\":{\"name\":\"order-web\"},\"provider\":{\"name\":\"order-service\"},"
      + "\"interactions\":[],\"metadata\":{\"pactSpecification\":{\"version\":\"3.0.0\"}}}";

  private final FakeBroker broker = FakeBroker.start();

  @AfterEach
  void stop() {
    broker.close();
  }

  private BrokerClient client() {
    return BrokerClient.builder(broker.url()).token("s3cret").build();
  }

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text);
  }

  @Test
  void publishPostsBase64ContractsWithBranchTagsAndBuildUrlAndReturnsNotices() throws Exception {
    broker.on("POST", "/contracts/publish", 200, """
        {"notices":[{"type":"success","text":"Pact successfully published for order-web version 1.0.0 and provider order-service."}]}""");

    List<Notice> notices;
    try (BrokerClient client = client()) {
      notices = client.publish(new ContractPublication("order-web", "1.0.0", "feature/x", List.of("dev", "qa"),
          "http://ci/1", List.of(new ContractPublication.Pact("order-service", PACT))));
    }

    assertThat(notices).containsExactly(new Notice("success",
        "Pact successfully published for order-web version 1.0.0 and provider order-service."));
    FakeBroker.Request request = broker.requests().get(1);
    assertThat(request.method() + " " + request.path()).isEqualTo("POST /contracts/publish");
    assertThat(request.header("Authorization")).isEqualTo("Bearer s3cret");
    assertThat(request.header("Content-Type")).startsWith("application/json");
    String base64 = Base64.getEncoder().encodeToString(PACT.getBytes(StandardCharsets.UTF_8));
    assertThat(json(request.body())).isEqualTo(json("""
        {"pacticipantName":"order-web","pacticipantVersionNumber":"1.0.0","branch":"feature/x",
         "tags":["dev","qa"],"buildUrl":"http://ci/1",
         "contracts":[{"consumerName":"order-web","providerName":"order-service","specification":"pact",
           "contentType":"application/json","content":"%s"}]}""".formatted(base64)));
  }

  @Test
  void publishWithoutBranchOrBuildUrlSendsEmptyTagsAndOmitsTheRest() throws Exception {
    broker.on("POST", "/contracts/publish", 200, "{}");
    try (BrokerClient client = client()) {
      client.publish(new ContractPublication("order-web", "1.0.0", null, List.of(), null,
          List.of(new ContractPublication.Pact("order-service", PACT))));
    }
    JsonNode body = json(broker.requests().get(1).body());
    assertThat(body.has("branch")).isFalse();
    assertThat(body.has("buildUrl")).isFalse();
    assertThat(body.get("tags")).isEqualTo(json("[]"));
  }

  @Test
  void refusedPublishNamesTheBrokersErrorsAndErrorNotices() {
    broker.on("POST", "/contracts/publish", 409, """
        {"notices":[{"type":"error","text":"Cannot change the content of the pact for order-web version 1.0.0 and provider order-service"},
                    {"type":"info","text":"a diff"}],
         "errors":{"contracts":["pact content changed"]}}""");

    try (BrokerClient client = client()) {
      assertThatThrownBy(() -> client.publish(new ContractPublication("order-web", "1.0.0", null, List.of(), null,
          List.of(new ContractPublication.Pact("order-service", PACT)))))
          .isInstanceOfSatisfying(BrokerException.class, e -> {
            assertThat(e.status()).isEqualTo(409);
            assertThat(e.errors()).containsExactly("contracts: pact content changed",
                "Cannot change the content of the pact for order-web version 1.0.0 and provider order-service");
            GOLDEN.assertMatches("publish-conflict.txt", e.getMessage().replace(broker.url(), "<broker>") + "\n");
          });
    }
  }

  @Test
  void unauthorizedSaysHowToPassAToken() {
    broker.replace("GET", "/", 401, "{\"errors\":[\"Unauthorized\"]}");

    try (BrokerClient client = BrokerClient.builder(broker.url()).build()) {
      assertThatThrownBy(() -> client.pactsForVerification(PactsForVerificationQuery.builder("p").build()))
          .isInstanceOfSatisfying(BrokerException.class, e -> {
            assertThat(e.status()).isEqualTo(401);
            GOLDEN.assertMatches("unauthorized.txt", e.getMessage().replace(broker.url(), "<broker>") + "\n");
          });
    }
    assertThat(broker.requests().get(0).header("Authorization")).isNull();
  }

  @Test
  void basicAuthIsSentPreemptively() {
    broker.on("POST", "/pacts/provider/p/for-verification", 200, "{\"_embedded\":{\"pacts\":[]}}");
    try (BrokerClient client = BrokerClient.builder(broker.url()).basicAuth("user", "pass word").build()) {
      client.pactsForVerification(PactsForVerificationQuery.builder("p").build());
    }
    String expected = "Basic " + Base64.getEncoder().encodeToString("user:pass word".getBytes(StandardCharsets.UTF_8));
    assertThat(broker.requests()).allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo(expected));
  }

  @Test
  void unavailableIsRetriedAsRetryAfterSays() {
    broker.replace("GET", "/", 503, "{}");
    broker.on("GET", "/", new Reply(503, Map.of("Retry-After", "0"), ""));
    broker.on("GET", "/", Reply.json(200, FakeBroker.INDEX));
    broker.on("POST", "/pacts/provider/p/for-verification", 200, "{\"_embedded\":{\"pacts\":[]}}");

    try (BrokerClient client = client()) {
      assertThat(client.pactsForVerification(PactsForVerificationQuery.builder("p").build())).isEmpty();
    }
    assertThat(broker.requests()).hasSize(4);
  }

  @Test
  void unavailableBeyondTheRetriesFailsWithTheStatus() {
    broker.replace("GET", "/", 503, "{\"errors\":[\"database busy\"]}");
    try (BrokerClient client = BrokerClient.builder(broker.url()).retries(0).build()) {
      assertThatThrownBy(() -> client.pactsForVerification(PactsForVerificationQuery.builder("p").build()))
          .isInstanceOf(BrokerException.class)
          .hasMessage("the broker answered 503 to GET " + broker.url() + "\n  database busy");
    }
    assertThat(broker.requests()).hasSize(1);
  }

  @Test
  void pactsForVerificationExpandsTheTemplateEncodingSlashesAndSendsTheQuery() throws Exception {
    broker.on("POST", "/pacts/provider/order%2Fservice%20v2/for-verification", 200, """
        {"_embedded":{"pacts":[
          {"shortDescription":"latest from branch main","verificationProperties":{"pending":true,
             "notices":[{"when":"before_verification","text":"The pact at x is being verified because it matches main"},
                        {"when":"after_verification:success_false_published_true","text":"pending: not failing"}]},
           "_links":{"self":{"href":"{base}/pacts/provider/p/consumer/c/pact-version/abc","name":"Pact between c (1) and p"}}},
          {"shortDescription":"latest from branch feat","verificationProperties":{"pending":true,"wip":true,"notices":[]},
           "_links":{"self":{"href":"{base}/pacts/provider/p/consumer/c/pact-version/def"}}}]},
         "_links":{"self":{"href":"{base}/pacts/provider/p/for-verification"}}}""");

    List<PactForVerification> pacts;
    try (BrokerClient client = client()) {
      pacts = client.pactsForVerification(PactsForVerificationQuery.builder("order/service v2")
          .selectors(List.of(ConsumerVersionSelector.forMainBranch(), ConsumerVersionSelector.forBranch("feature/x")))
          .providerBranch("feature/y").providerTags(List.of("t1")).includePendingStatus(true)
          .includeWipPactsSince("2024-01-31").build());
    }

    assertThat(broker.calls()).containsExactly("POST /pacts/provider/order%2Fservice%20v2/for-verification");
    assertThat(json(broker.requests().get(1).body())).isEqualTo(json("""
        {"consumerVersionSelectors":[{"mainBranch":true},{"branch":"feature/x"}],
         "providerVersionBranch":"feature/y","providerVersionTags":["t1"],
         "includePendingStatus":true,"includeWipPactsSince":"2024-01-31"}"""));
    assertThat(pacts).hasSize(2);
    assertThat(pacts.get(0).url()).isEqualTo(broker.url() + "/pacts/provider/p/consumer/c/pact-version/abc");
    assertThat(pacts.get(0).name()).isEqualTo("Pact between c (1) and p");
    assertThat(pacts.get(0).shortDescription()).isEqualTo("latest from branch main");
    assertThat(pacts.get(0).pending()).isTrue();
    assertThat(pacts.get(0).wip()).isFalse();
    assertThat(pacts.get(0).beforeVerificationNotices())
        .containsExactly("The pact at x is being verified because it matches main");
    assertThat(pacts.get(1).wip()).isTrue();
  }

  @Test
  void minimalQuerySendsEmptySelectorsAndPendingFalseOnly() throws Exception {
    broker.on("POST", "/pacts/provider/p/for-verification", 200, "{\"_embedded\":{\"pacts\":[]}}");
    try (BrokerClient client = client()) {
      client.pactsForVerification(PactsForVerificationQuery.builder("p").build());
    }
    assertThat(json(broker.requests().get(1).body()))
        .isEqualTo(json("{\"consumerVersionSelectors\":[],\"includePendingStatus\":false}"));
  }

  @Test
  void unknownProviderHasNoPacts() {
    try (BrokerClient client = client()) {
      assertThat(client.pactsForVerification(PactsForVerificationQuery.builder("nobody").build())).isEmpty();
    }
  }

  @Test
  void indexWithoutTheRelationSaysWhichBrokerVersionIsNeeded() {
    broker.replace("GET", "/", 200, "{\"_links\":{}}");
    try (BrokerClient client = client()) {
      assertThatThrownBy(() -> client.publish(new ContractPublication("c", "1", null, List.of(), null,
          List.of(new ContractPublication.Pact("p", PACT)))))
          .isInstanceOf(BrokerException.class)
          .hasMessage("the broker's resource " + broker.url() + " has no pb:publish-contracts link;"
              + " it needs Pact Broker 2.86 or later (or Treaty's broker)");
    }
  }

  @Test
  void answerThatIsNotJsonSaysTheUrlIsProbablyNotABroker() {
    broker.replace("GET", "/", 200, "<html>hello</html>");
    try (BrokerClient client = client()) {
      assertThatThrownBy(() -> client.pactsForVerification(PactsForVerificationQuery.builder("p").build()))
          .isInstanceOf(BrokerException.class)
          .hasMessageContaining("a body that is not JSON")
          .hasMessageContaining("check that the URL points at a Pact Broker");
    }
  }

  @Test
  void unreachableBrokerNamesTheRequest() {
    String url = broker.url();
    broker.close();
    try (BrokerClient client = BrokerClient.builder(url).build()) {
      assertThatThrownBy(() -> client.pactsForVerification(PactsForVerificationQuery.builder("p").build()))
          .isInstanceOf(BrokerException.class)
          .hasMessageStartingWith("cannot reach the broker for GET " + url + ": ")
          .hasMessageEndingWith("; check the broker URL and that the broker is running");
    }
  }

  @Test
  void publishingResultsLabelsTheProviderVersionThenPostsTheResults() throws Exception {
    String pactPath = "/pacts/provider/order-service/consumer/order-web/pact-version/abc/metadata/xyz";
    broker.on("GET", pactPath, 200, """
        {"consumer":{"name":"order-web"},"provider":{"name":"order-service"},"interactions":[],
         "_links":{"pb:provider":{"href":"{base}/pacticipants/order-service"},
           "pb:publish-verification-results":{"href":"{base}%s/verification-results"}}}""".formatted(pactPath));
    broker.on("GET", "/pacticipants/order-service", 200, """
        {"name":"order-service","_links":{
          "pb:branch-version":{"href":"{base}/pacticipants/order-service/branches/{branch}/versions/{version}","templated":true},
          "pb:version-tag":{"href":"{base}/pacticipants/order-service/versions/{version}/tags/{tag}","templated":true}}}""");
    broker.on("PUT", "/pacticipants/order-service/branches/feature%2Fx/versions/1.2.3%2Bb4", 201, "{}");
    broker.on("PUT", "/pacticipants/order-service/versions/1.2.3%2Bb4/tags/release%201", 201, "{}");
    broker.on("POST", pactPath + "/verification-results", 201,
        "{\"_links\":{\"self\":{\"href\":\"{base}/verification-results/7\"}}}");

    String recorded;
    try (BrokerClient client = client()) {
      BrokerPact pact = client.fetchPact(broker.url() + pactPath);
      recorded = client.publishVerificationResults(pact, new VerificationResults(false,
          new ProviderVersion("1.2.3+b4", "feature/x", List.of("release 1"), "http://ci/9"),
          List.of(new VerificationResults.TestResult("id1", "get order", false,
                  List.of(new VerificationResults.Mismatch("body", "$.total", "expected: a number; actual: \"1\" (string)")),
                  List.of(), json("{\"status\":200}")),
              new VerificationResults.TestResult(null, "health", false, List.of(), List.of("connection refused"), null))));
    }

    assertThat(recorded).isEqualTo(broker.url() + "/verification-results/7");
    assertThat(broker.calls()).containsExactly("GET " + pactPath, "GET /pacticipants/order-service",
        "PUT /pacticipants/order-service/branches/feature%2Fx/versions/1.2.3%2Bb4",
        "PUT /pacticipants/order-service/versions/1.2.3%2Bb4/tags/release%201",
        "POST " + pactPath + "/verification-results");
    assertThat(broker.requests().get(2).body()).isEqualTo("{}");
    assertThat(broker.requests().get(3).body()).isEqualTo("{}");
    JsonNode results = json(broker.requests().get(4).body());
    assertThat(results).isEqualTo(json("""
        {"success":false,"providerApplicationVersion":"1.2.3+b4","buildUrl":"http://ci/9",
         "verifiedBy":{"implementation":"Treaty","version":"%s"},
         "testResults":[
           {"interactionId":"id1","interactionDescription":"get order","success":false,
            "mismatches":[{"attribute":"body","identifier":"$.total","description":"expected: a number; actual: \\"1\\" (string)"}],
            "actualResponse":{"status":200}},
           {"interactionDescription":"health","success":false,"exceptions":[{"message":"connection refused"}]}]}
        """.formatted(results.at("/verifiedBy/version").asText())));
    assertThat(results.at("/verifiedBy/version").asText()).isNotBlank().doesNotStartWith("${");
  }

  @Test
  void providerVersionWithoutBranchOrTagsIsNotLabelled() {
    broker.on("GET", "/pact", 200, """
        {"_links":{"pb:publish-verification-results":{"href":"{base}/pact/verification-results"}}}""");
    broker.on("POST", "/pact/verification-results", 201, "{}");
    try (BrokerClient client = client()) {
      BrokerPact pact = client.fetchPact(broker.url() + "/pact");
      assertThat(client.publishVerificationResults(pact,
          new VerificationResults(true, ProviderVersion.of("1"), List.of()))).isEmpty();
    }
    assertThat(broker.calls()).containsExactly("GET /pact", "POST /pact/verification-results");
  }

  @Test
  void pactWithoutAPublishLinkCannotTakeResults() {
    broker.on("GET", "/pact", 200, "{\"_links\":{}}");
    try (BrokerClient client = client()) {
      BrokerPact pact = client.fetchPact(broker.url() + "/pact");
      assertThatThrownBy(() -> client.publishVerificationResults(pact,
          new VerificationResults(true, ProviderVersion.of("1"), List.of())))
          .isInstanceOf(BrokerException.class)
          .hasMessage("the pact at " + broker.url() + "/pact has no pb:publish-verification-results link, so its"
              + " results cannot be published; fetch it from a broker's pact URL");
    }
  }

  @Test
  void brokerUrlMustBeHttp() {
    assertThatThrownBy(() -> BrokerClient.builder("broker.example.com"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("broker URL is not an http(s) URL with a host: broker.example.com;"
            + " write it like https://broker.example.com");
  }
}
