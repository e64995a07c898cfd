package dev.treaty.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.testing.FakeBroker;
import dev.treaty.verify.FakeProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code treaty verify --broker} against a scripted broker: selection output, pending, publishing, usage errors. */
class VerifyBrokerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PACTS = """
      {"_embedded":{"pacts":[
        {"shortDescription":"latest from main branch, deployed to production","verificationProperties":{"pending":false,
           "notices":[{"when":"before_verification","text":"The pact at {base}/pacts/web is being verified because it matches the following configured selection criterion: latest pact for a consumer version from the main branch"}]},
         "_links":{"self":{"href":"{base}/pacts/web"}}},
        {"shortDescription":"latest from branch feat/new","verificationProperties":{"pending":true,"wip":true,
           "notices":[{"when":"before_verification","text":"The pact at {base}/pacts/app is being verified because it is a 'work in progress' pact."},
                      {"when":"after_verification:success_false_published_true","text":"not shown"}]},
         "_links":{"self":{"href":"{base}/pacts/app"}}}]}}""";

  private final FakeBroker broker = FakeBroker.start();
  private final FakeProvider provider = FakeProvider.start(r -> r.path().equals("/orders/42")
      ? FakeProvider.Reply.json(200, "{\"id\":42}") : FakeProvider.Reply.json(200, "{\"id\":\"43\"}"));

  @AfterEach
  void stop() {
    broker.close();
    provider.close();
  }

  private void script() {
    broker.scriptOrderService(PACTS);
    broker.on("PUT", "/pacticipants/order-service/branches/feature%2Fy/versions/2.0.0", 201, "{}");
  }

  private CliRun verify(Map<String, String> env, String... extra) {
    List<String> args = new ArrayList<>(List.of("verify", "--provider", "order-service",
        "--provider-base-url", provider.baseUrl().toString()));
    args.addAll(List.of(extra));
    return CliRun.withEnvironment(env, args.toArray(String[]::new)).replace(broker.url(), "<broker>");
  }

  @Test
  void pendingFailureIsReportedPublishedAndDoesNotFailTheRun() throws Exception {
    script();

    CliRun run = verify(Map.of(), "--broker", broker.url(), "--enable-pending", "--include-wip-pacts-since", "2024-01-01",
        "--provider-version", "2.0.0", "--provider-branch", "feature/y", "--publish");

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    Golden.assertMatches(run.out(), "verify-broker-pending-published");
    assertThat(JSON.readTree(broker.requests().get(1).body())).isEqualTo(JSON.readTree("""
        {"consumerVersionSelectors":[{"mainBranch":true},{"deployedOrReleased":true}],
         "providerVersionBranch":"feature/y","includePendingStatus":true,"includeWipPactsSince":"2024-01-01"}"""));
    assertThat(broker.calls()).contains("PUT /pacticipants/order-service/branches/feature%2Fy/versions/2.0.0",
        "POST /pacts/web/verification-results", "POST /pacts/app/verification-results");
    JsonNode app = JSON.readTree(broker.body("/pacts/app/verification-results"));
    assertThat(app.get("success").asBoolean()).isFalse();
    assertThat(app.get("providerApplicationVersion").asText()).isEqualTo("2.0.0");
  }

  @Test
  void brokerFromTheEnvironmentWhenNoFilesAreGivenAndSelectorsAsGiven() throws Exception {
    script();

    CliRun run = verify(Map.of("TREATY_BROKER_URL", broker.url(), "TREATY_BROKER_TOKEN", "t0k"),
        "--consumer-version-selector", "{\"branch\": \"main\", \"consumer\": \"web\"}");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("FAILED app -> order-service");
    assertThat(JSON.readTree(broker.requests().get(1).body())).isEqualTo(JSON.readTree("""
        {"consumerVersionSelectors":[{"branch":"main","consumer":"web"}],"includePendingStatus":false}"""));
    assertThat(broker.requests()).allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer t0k"));
    assertThat(broker.calls()).noneMatch(c -> c.contains("verification-results"));
  }

  @Test
  void publishWithoutProviderVersionIsAUsageError() {
    CliRun run = verify(Map.of(), "--broker", broker.url(), "--publish");

    assertThat(run.exitCode()).isEqualTo(2);
    Golden.assertMatches(run.err(), "verify-broker-publish-without-version");
    assertThat(broker.calls()).isEmpty();
  }

  @Test
  void malformedSelectorIsAUsageError() {
    CliRun run = verify(Map.of(), "--broker", broker.url(), "--consumer-version-selector", "{\"mainbranch\": true}");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("treaty: consumer version selector {\"mainbranch\": true} has unknown key"
        + " \"mainbranch\"; known keys: mainBranch, ");
  }

  @Test
  void brokerOptionsWithoutABrokerAreAUsageError() {
    CliRun run = verify(Map.of(), "--enable-pending", "--publish");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("treaty: --enable-pending, --publish need a broker; pass --broker URL or set"
        + " the environment variable TREATY_BROKER_URL\n");
  }

  @Test
  void unauthorizedSaysToPassAToken() {
    broker.replace("GET", "/", 401, "{\"errors\":[\"Unauthorized\"]}");

    CliRun run = verify(Map.of(), "--broker", broker.url());

    assertThat(run.exitCode()).isEqualTo(1);
    Golden.assertMatches(run.err(), "verify-broker-unauthorized");
  }

  @Test
  void noPactsForTheProviderIsAUsageError() {
    broker.on("POST", "/pacts/provider/order-service/for-verification", 200, "{\"_embedded\":{\"pacts\":[]}}");

    CliRun run = verify(Map.of(), "--broker", broker.url());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("treaty: no contracts for provider \"order-service\" in broker <broker>;"
        + " check --provider and the selectors, or publish the consumers' pacts first\n");
  }

}
