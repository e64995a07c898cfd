package dev.treaty.broker.internal.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.broker.testing.Backend;
import dev.treaty.broker.testing.BrokerHttp;
import dev.treaty.broker.testing.BrokerHttp.Reply;
import dev.treaty.broker.testing.BrokerSeed;
import dev.treaty.broker.testing.BrokersPerBackend;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code GET /matrix}: the Pact query syntax, the rows and the decision rules, on H2 and PostgreSQL. */
@ParameterizedClass
@EnumSource(Backend.class)
class MatrixTest {
  static final String FAILED_RESULTS = """
      [{"interactionDescription":"a request for order 42","success":false,
        "mismatches":[{"attribute":"body","identifier":"$.customerId","description":"Expected a String but was missing"}]},
       {"interactionDescription":"a request for order 43","success":true}]""";

  @RegisterExtension static final BrokersPerBackend BROKERS = new BrokersPerBackend();

  @Parameter Backend backend;

  BrokerHttp http() {
    return BROKERS.get(backend).http();
  }

  BrokerSeed seed() {
    return BrokerSeed.of(BROKERS.get(backend));
  }

  JsonNode matrix(String query) {
    Reply reply = http().get("/matrix?" + query);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  static List<String> texts(JsonNode array, String field) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.path(field).asText()));
    return texts;
  }

  @Test
  void versionsPairWithTheirPacticipantWhateverComesBetweenAndBracketsMayBeEncoded() {
    String sha = seed().pact("Mx Web", "1.0.0", "mx-orders", "get order");
    seed().verification("mx-orders", "2.0.0", "Mx Web", sha, true, null, null, null);

    JsonNode jvmStyle = matrix("q[][pacticipant]=Mx+Web&latestby=cvp&q[][version]=1.0.0&q[][pacticipant]=mx-orders&q[][version]=2.0.0");
    JsonNode rubyStyle = matrix("q%5B%5D%5Bpacticipant%5D=Mx%20Web&q%5B%5D%5Bversion%5D=1.0.0&q%5B%5D%5Bpacticipant%5D=mx-orders"
        + "&q%5B%5D%5Bversion%5D=2.0.0&latestby=cvpv");

    for (JsonNode body : List.of(jvmStyle, rubyStyle)) {
      assertThat(body.at("/summary/deployable").asBoolean()).as(body.toString()).isTrue();
      assertThat(body.at("/summary/success").asInt()).isEqualTo(1);
      assertThat(body.at("/matrix/0/consumer/name").asText()).isEqualTo("Mx Web");
      assertThat(body.at("/matrix/0/consumer/version/number").asText()).isEqualTo("1.0.0");
      assertThat(body.at("/matrix/0/provider/version/number").asText()).isEqualTo("2.0.0");
      assertThat(body.at("/matrix/0/verificationResult/success").asBoolean()).isTrue();
      assertThat(body.at("/matrix/0/status").asText()).isEqualTo("yes");
    }
    assertThat(jvmStyle.at("/summary/reason").asText()).isEqualTo("All required verification results are published and successful");
  }

  @Test
  void invalidQueriesAre400WithThePactBrokersWording() {
    seed().pacticipant("mx-known");

    assertThat(error("q[][pacticipant]=mx-nobody&q[][version]=1")).isEqualTo("Pacticipant mx-nobody not found");
    assertThat(error("latestby=cvp")).isEqualTo("Please provide 1 or more version selectors.");
    assertThat(error("q[][version]=1")).isEqualTo("Please specify the pacticipant name");
    assertThat(error("q[][pacticipant]=mx-known&q[][version]=1&q[][latest]=true"))
        .isEqualTo("A version number and latest flag cannot both be specified for mx-known");
    assertThat(error("q[][pacticipant]=mx-known&q[][version]=1&latest=true&environment=production"))
        .startsWith("Cannot specify latest=true with an environment");
    assertThat(error("q[][pacticipant]=mx-known&q[][version]=1&environment=mx-nowhere"))
        .isEqualTo("Environment with name 'mx-nowhere' does not exist");
    assertThat(error("q[][pacticipant]=mx-known&q[][version]=1&tag=prod&environment=production"))
        .isEqualTo("Only one of tag, environment, branch and mainBranch may be specified");
    assertThat(error("q[][pacticipant]=mx-known&q[][version]=1&limit=0")).isEqualTo("limit must be an integer of at least 1, got '0'");
    assertThat(error("q[][pacticipant]=mx-known&q[][version]=1&limit=5000")).isEqualTo("limit must be at most 1000 (rows per answer), got '5000'");
    assertThat(error("q[][pacticipant]=mx-known&q[][version]=1" + "&q[][pacticipant]=mx-known&q[][version]=1".repeat(100)))
        .isEqualTo("at most 100 selectors (q[] or ignore[] entries) are allowed, got 101; ask for fewer pacticipant versions at once");
  }

  String error(String query) {
    Reply reply = http().get("/matrix?" + query);
    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    return reply.json().at("/errors/0").asText();
  }

  @Test
  void anUnknownVersionIsNotDeployableWithThePactBrokersReason() {
    seed().pact("mx-uv-web", "1.0.0", "mx-uv-orders", "get order");

    JsonNode body = matrix("q[][pacticipant]=mx-uv-orders&q[][version]=9.9.9&environment=production&latestby=cvp");

    assertThat(body.at("/summary/deployable").asBoolean()).isFalse();
    assertThat(body.at("/summary/deployable").isBoolean()).isTrue();
    assertThat(body.at("/summary/reason").asText()).isEqualTo("No pacts or verifications have been published for version 9.9.9 of mx-uv-orders");
    assertThat(body.at("/matrix").size()).isZero();
  }

  @Test
  void anUnverifiedPactIsUnknownNamingTheProviderAndTheFix() {
    seed().environment("mx-uk-env", false);
    seed().pact("mx-uk-web", "1.0.0", "mx-uk-orders", "get order");
    seed().deploy("mx-uk-orders", "2.0.0", "mx-uk-env");

    JsonNode body = matrix("q[][pacticipant]=mx-uk-web&q[][version]=1.0.0&environment=mx-uk-env&latestby=cvp");

    assertThat(body.at("/summary/deployable").isNull()).as(body.toString()).isTrue();
    assertThat(body.at("/summary/unknown").asInt()).isEqualTo(1);
    assertThat(body.at("/summary/reason").asText()).isEqualTo(
        "There is no verified pact between version 1.0.0 of mx-uk-web and a version of mx-uk-orders currently in mx-uk-env (2.0.0)");
    assertThat(body.at("/matrix/0/provider/version/number").asText()).isEqualTo("2.0.0");
    assertThat(body.at("/matrix/0/verificationResult").isNull()).isTrue();
    assertThat(body.at("/matrix/0/status").asText()).isEqualTo("unknown");
    assertThat(body.at("/matrix/0/reason").asText())
        .startsWith("mx-uk-web 1.0.0 needs mx-uk-orders 2.0.0 to verify its pact (content ")
        .endsWith("but mx-uk-orders 2.0.0 has published no contract and no verification result at all (the broker knows only its version number)");
    assertThat(body.at("/matrix/0/fix").asText()).isEqualTo("verify it: treaty verify --broker " + BROKERS.get(backend).url()
        + " --provider mx-uk-orders --provider-base-url <url of mx-uk-orders 2.0.0> --provider-version 2.0.0 --publish");
    assertThat(body.at("/summary/explanation").asText()).isEqualTo("1 row: 0 yes, 0 no, 1 unknown");
    assertThat(texts(body.at("/summary/fixes"), "")).hasSize(1);
  }

  @Test
  void aProviderMissingFromTheEnvironmentIsUnknownAndTheFixRecordsItsDeployment() {
    seed().environment("mx-none-env", false);
    seed().pact("mx-none-web", "1.0.0", "mx-none-orders", "get order");

    JsonNode body = matrix("q[][pacticipant]=mx-none-web&q[][version]=1.0.0&environment=mx-none-env");

    assertThat(body.at("/summary/deployable").isNull()).isTrue();
    assertThat(body.at("/summary/reason").asText()).isEqualTo("There is no verified pact between version 1.0.0 of mx-none-web and a version of "
        + "mx-none-orders currently in mx-none-env (no version is currently recorded as deployed/released in this environment)");
    assertThat(body.at("/matrix/0/provider/version").isNull()).isTrue();
    assertThat(body.at("/matrix/0/fix").asText()).isEqualTo("record the deployment: treaty record-deployment --broker "
        + BROKERS.get(backend).url() + " --pacticipant mx-none-orders --version <version> --environment mx-none-env");
  }

  @Test
  void aFailedVerificationSaysWhichInteractionFailedAndHow() {
    seed().environment("mx-f-env", true);
    String sha = seed().pact("mx-f-web", "1.0.0", "mx-f-orders", "get order");
    seed().deploy("mx-f-orders", "2.1.0", "mx-f-env");
    seed().verification("mx-f-orders", "2.1.0", "mx-f-web", sha, false, null, "http://ci/build/7", FAILED_RESULTS);

    JsonNode body = matrix("q[][pacticipant]=mx-f-web&q[][version]=1.0.0&environment=mx-f-env");

    assertThat(body.at("/summary/deployable").asBoolean()).isFalse();
    assertThat(body.at("/summary/failed").asInt()).isEqualTo(1);
    assertThat(body.at("/summary/reason").asText()).isEqualTo(
        "The verification for the pact between version 1.0.0 of mx-f-web and a version of mx-f-orders currently in mx-f-env (2.1.0) failed");
    assertThat(body.at("/notices/0/type").asText()).isEqualTo("error");
    assertThat(body.at("/matrix/0/status").asText()).isEqualTo("no");
    assertThat(body.at("/matrix/0/reason").asText()).matches(
        "mx-f-web 1\\.0\\.0 needs mx-f-orders 2\\.1\\.0 to pass 'a request for order 42': it failed, body \\$\\.customerId "
            + "Expected a String but was missing \\(verified \\d{4}-\\d\\d-\\d\\d by build http://ci/build/7\\)");
    assertThat(body.at("/matrix/0/fix").asText()).startsWith("fix mx-f-orders (or change the contract of mx-f-web), then verify the new version: treaty verify");
    assertThat(body.at("/matrix/0/verificationResult/_links/self/href").asText())
        .startsWith(BROKERS.get(backend).url() + "/pacts/provider/mx-f-orders/consumer/mx-f-web/pact-version/" + sha + "/verification-results/");
  }

  @Test
  void theLatestVerificationOfTheContentByThatProviderVersionCounts() {
    seed().environment("mx-fix-env", false);
    String sha = seed().pact("mx-fix-web", "1.0.0", "mx-fix-orders", "get order");
    seed().deploy("mx-fix-orders", "3.0.0", "mx-fix-env");
    seed().verification("mx-fix-orders", "3.0.0", "mx-fix-web", sha, false, null, null, FAILED_RESULTS);
    seed().verification("mx-fix-orders", "3.0.0", "mx-fix-web", sha, true, null, null, null);

    JsonNode body = matrix("q[][pacticipant]=mx-fix-web&q[][version]=1.0.0&environment=mx-fix-env");

    assertThat(body.at("/summary/deployable").asBoolean()).as(body.toString()).isTrue();
    assertThat(body.at("/matrix").size()).isEqualTo(1);
  }

  @Test
  void everyProviderVersionInTheEnvironmentMustBeCompatibleNoneCollapsedAway() {
    seed().environment("mx-multi-env", true);
    String sha = seed().pact("mx-multi-web", "1.0.0", "mx-multi-orders", "get order");
    seed().deployInstance("mx-multi-orders", "1.0.0", "mx-multi-env", "blue");
    seed().verification("mx-multi-orders", "1.0.0", "mx-multi-web", sha, false, null, null, FAILED_RESULTS);
    seed().deployInstance("mx-multi-orders", "2.0.0", "mx-multi-env", "green");
    seed().verification("mx-multi-orders", "2.0.0", "mx-multi-web", sha, true, null, null, null);
    seed().release("mx-multi-orders", "3.0.0", "mx-multi-env");

    // The Ruby CLI sends latestby=cvp for one selector; the Pact Broker then kept only the newest provider version.
    JsonNode body = matrix("q[][pacticipant]=mx-multi-web&q[][version]=1.0.0&latestby=cvp&environment=mx-multi-env");

    assertThat(body.at("/matrix").size()).as(body.toString()).isEqualTo(3);
    assertThat(texts(body.at("/matrix"), "status")).containsExactlyInAnyOrder("no", "yes", "unknown");
    assertThat(body.at("/summary/deployable").isNull()).isTrue();
    assertThat(body.at("/summary/reason").asText())
        .contains("The verification for the pact between version 1.0.0 of mx-multi-web and a version of mx-multi-orders currently in mx-multi-env (1.0.0) failed")
        .contains("There is no verified pact between version 1.0.0 of mx-multi-web and a version of mx-multi-orders currently in mx-multi-env (3.0.0)");
    assertThat(body.at("/summary/explanation").asText()).isEqualTo("3 rows: 1 yes, 1 no, 1 unknown");
  }

  @Test
  void aProviderMayDeployBeforeItsConsumersExist() {
    seed().environment("mx-first-env", false);
    seed().version("mx-first-orders", "1.0.0");

    JsonNode body = matrix("q[][pacticipant]=mx-first-orders&q[][version]=1.0.0&environment=mx-first-env");

    assertThat(body.at("/summary/deployable").asBoolean()).isTrue();
    assertThat(body.at("/matrix").size()).isZero();
    assertThat(body.at("/summary/reason").asText()).endsWith("There are no missing dependencies");
    assertThat(body.at("/notices/0/text").asText()).isEqualTo("WARN: version 1.0.0 of mx-first-orders has published no contract and no "
        + "verification result: the broker knows only its version number, so only what depends on it can be checked");
  }

  @Test
  void aBreakingProviderIsRefusedNamingTheDeployedConsumerAndItsConsumersElsewhereDoNotCount() {
    seed().environment("mx-brk-env", true);
    String sha = seed().pact("mx-brk-web", "1.0.0", "mx-brk-orders", "get order");
    seed().pact("mx-brk-app", "5.0.0", "mx-brk-orders", "list orders");
    seed().deploy("mx-brk-web", "1.0.0", "mx-brk-env");
    seed().verification("mx-brk-orders", "2.0.0", "mx-brk-web", sha, false, null, null, FAILED_RESULTS);

    JsonNode body = matrix("q[][pacticipant]=mx-brk-orders&q[][version]=2.0.0&environment=mx-brk-env");

    assertThat(body.at("/summary/deployable").asBoolean()).isFalse();
    assertThat(body.at("/matrix").size()).as("mx-brk-app is not in the environment").isEqualTo(1);
    assertThat(body.at("/summary/reason").asText()).isEqualTo(
        "The verification for the pact between a version of mx-brk-web currently in mx-brk-env (1.0.0) and version 2.0.0 of mx-brk-orders failed");
    assertThat(body.at("/matrix/0/reason").asText()).startsWith("mx-brk-web 1.0.0 needs mx-brk-orders 2.0.0 to pass 'a request for order 42'");
  }

  @Test
  void aPendingPactsFailureStillBlocksTheDeploymentItWouldBreak() {
    seed().environment("mx-pend-env", false);
    String sha = seed().pact("mx-pend-web", "1.0.0", "mx-pend-orders", "get order");
    seed().deploy("mx-pend-web", "1.0.0", "mx-pend-env");
    seed().verification("mx-pend-orders", "2.0.0", "mx-pend-web", sha, false, true, null, FAILED_RESULTS);

    JsonNode body = matrix("q[][pacticipant]=mx-pend-orders&q[][version]=2.0.0&environment=mx-pend-env");

    assertThat(body.at("/summary/deployable").asBoolean()).isFalse();
    assertThat(body.at("/matrix/0/verificationResult/pending").asBoolean()).isTrue();
    assertThat(body.at("/matrix/0/reason").asText())
        .endsWith("; the pact was pending, so the provider's build passed, but deploying would break mx-pend-web");
  }

  @Test
  void branchNamesWithASlashSelectTheBranchHead() {
    String old = seed().pact("mx-br-web", "1.0.0", "mx-br-orders", "get order");
    seed().branch("mx-br-web", "1.0.0", "feature/x");
    String head = seed().pact("mx-br-web", "1.1.0", "mx-br-orders", "get order v2");
    seed().branch("mx-br-web", "1.1.0", "feature/x");
    seed().verification("mx-br-orders", "7.0.0", "mx-br-web", old, true, null, null, null);
    seed().verification("mx-br-orders", "7.0.0", "mx-br-web", head, true, null, null, null);
    seed().tag("mx-br-orders", "7.0.0", "prod");

    JsonNode body = matrix("q[][pacticipant]=mx-br-web&q[][branch]=feature%2Fx&q[][latest]=true&latest=true&tag=prod&latestby=cvp");

    assertThat(body.at("/matrix").size()).as(body.toString()).isEqualTo(1);
    assertThat(body.at("/matrix/0/consumer/version/number").asText()).isEqualTo("1.1.0");
    assertThat(body.at("/matrix/0/consumer/version/branch").asText()).isEqualTo("feature/x");
    assertThat(body.at("/summary/deployable").asBoolean()).isTrue();
    assertThat(body.at("/summary/reason").asText()).startsWith(DecisionMaker.SPECIFY_VERSION);
  }

  @Test
  void ignoredRowsAreListedAndCountedApart() {
    seed().environment("mx-ign-env", false);
    seed().pact("mx-ign-web", "1.0.0", "mx-ign-orders", "get order");
    seed().pact("mx-ign-web", "1.0.0", "mx-ign-stock", "get stock");
    String sha = seed().pact("mx-ign-web", "1.0.0", "mx-ign-orders", "get order");
    seed().deploy("mx-ign-orders", "1.0.0", "mx-ign-env");
    seed().verification("mx-ign-orders", "1.0.0", "mx-ign-web", sha, true, null, null, null);

    JsonNode body = matrix("q[][pacticipant]=mx-ign-web&q[][version]=1.0.0&environment=mx-ign-env&ignore[][pacticipant]=mx-ign-stock"
        + "&ignore[][pacticipant]=mx-nobody");

    assertThat(body.at("/summary/deployable").asBoolean()).as(body.toString()).isTrue();
    assertThat(body.at("/summary/ignored").asInt()).isEqualTo(1);
    assertThat(body.at("/matrix").size()).isEqualTo(2);
    assertThat(texts(body.at("/matrix"), "ignored")).containsExactlyInAnyOrder("true", "");
    assertThat(body.at("/summary/reason").asText()).contains("WARN: Cannot ignore mx-nobody (no pacticipant with that name exists)");
  }

  @Test
  void withoutOptionsOnlyIntegrationsBetweenTheSelectorsCount() {
    String sha = seed().pact("mx-two-web", "1.0.0", "mx-two-orders", "get order");
    seed().pact("mx-two-web", "1.0.0", "mx-two-stock", "get stock");
    seed().verification("mx-two-orders", "1.0.0", "mx-two-web", sha, true, null, null, null);
    seed().verification("mx-two-orders", "0.9.0", "mx-two-web", sha, false, null, null, null);

    JsonNode body = matrix("q[][pacticipant]=mx-two-web&q[][version]=1.0.0&q[][pacticipant]=mx-two-orders");

    assertThat(body.at("/matrix").size()).as("every provider version that verified it").isEqualTo(2);
    assertThat(body.at("/summary/deployable").asBoolean()).isFalse();
    JsonNode latest = matrix("q[][pacticipant]=mx-two-web&q[][version]=1.0.0&q[][pacticipant]=mx-two-orders&latestby=cvp");
    assertThat(latest.at("/matrix").size()).isEqualTo(1);
    assertThat(latest.at("/matrix/0/provider/version/number").asText()).isEqualTo("0.9.0");
  }

  @Test
  void undeployingTheLastConsumerThatNeededItLetsTheBreakingProviderThrough() {
    seed().environment("mx-und-env", true);
    String sha = seed().pact("mx-und-web", "1.0.0", "mx-und-orders", "get order");
    seed().deploy("mx-und-web", "1.0.0", "mx-und-env");
    seed().verification("mx-und-orders", "2.0.0", "mx-und-web", sha, false, null, null, FAILED_RESULTS);
    String query = "q[][pacticipant]=mx-und-orders&q[][version]=2.0.0&environment=mx-und-env";
    assertThat(matrix(query).at("/summary/deployable").asBoolean()).isFalse();

    seed().undeploy("mx-und-web", "1.0.0");

    JsonNode body = matrix(query);
    assertThat(body.at("/summary/deployable").asBoolean()).isTrue();
    assertThat(body.at("/summary/reason").asText()).isEqualTo("There are no missing dependencies");
  }

  @Test
  void aFailureReportedOnlyByInteractionIdIsNamedFromThePact() {
    seed().environment("mx-id-env", false);
    String sha = seed().pact("mx-id-web", "1.0.0", "mx-id-orders", "get order by id");
    seed().deploy("mx-id-orders", "2.0.0", "mx-id-env");
    String id = http().get("/pacts/provider/mx-id-orders/consumer/mx-id-web/version/1.0.0").json().at("/interactions/0/_id").asText();
    seed().verification("mx-id-orders", "2.0.0", "mx-id-web", sha, false, null, null, "[{\"interactionId\":\"" + id + "\",\"success\":false,"
        + "\"mismatches\":[{\"attribute\":\"status\",\"description\":\"expected 200 but was 500\"}]}]");

    JsonNode body = matrix("q[][pacticipant]=mx-id-web&q[][version]=1.0.0&environment=mx-id-env");

    assertThat(body.at("/matrix/0/reason").asText())
        .startsWith("mx-id-web 1.0.0 needs mx-id-orders 2.0.0 to pass 'get order by id': it failed, status expected 200 but was 500 (verified ");
  }

  @Test
  void asOfAPastTimeTheBrokerAnswersAsItWouldHaveThen() throws InterruptedException {
    seed().environment("mx-asof-env", true);
    String sha = seed().pact("mx-asof-web", "1.0.0", "mx-asof-orders", "get order");
    seed().deploy("mx-asof-web", "1.0.0", "mx-asof-env");
    seed().verification("mx-asof-orders", "2.0.0", "mx-asof-web", sha, false, null, null, FAILED_RESULTS);
    Thread.sleep(50);
    java.time.Instant then = java.time.Instant.now();
    Thread.sleep(50);
    seed().verification("mx-asof-orders", "2.0.0", "mx-asof-web", sha, true, null, null, null);
    seed().version("mx-asof-orders", "3.0.0");
    String fixed = "q[][pacticipant]=mx-asof-orders&q[][version]=2.0.0&environment=mx-asof-env";
    String newer = "q[][pacticipant]=mx-asof-orders&q[][version]=3.0.0&environment=mx-asof-env";
    JsonNode fixedThen = matrix(fixed + "&asOf=" + then);
    JsonNode newerThen = matrix(newer + "&asOf=" + then);
    seed().undeploy("mx-asof-web", "1.0.0");

    assertThat(matrix(fixed).at("/summary/deployable").asBoolean()).isTrue();
    assertThat(fixedThen.at("/summary/deployable").asBoolean()).as(fixedThen.toString()).isFalse();
    assertThat(matrix(fixed + "&asOf=" + then).at("/summary/failed").asInt()).as("the deployment was still live then").isEqualTo(1);
    assertThat(newerThen.at("/summary/reason").asText()).isEqualTo("No pacts or verifications have been published for version 3.0.0 of mx-asof-orders");
    assertThat(matrix(newer).at("/summary/deployable").asBoolean()).isTrue();
    assertThat(error("q[][pacticipant]=mx-asof-orders&q[][version]=2.0.0&asOf=yesterday"))
        .isEqualTo("asOf must be an ISO-8601 time with an offset, such as 2026-12-01T10:00:00Z, got 'yesterday'");
  }

  /** Found by BrokerFuzzIT: a year java.time parses but PostgreSQL cannot hold was a 500 there. */
  @Test
  void asOfBeyondWhatTheDatabasesHoldIsA400() {
    seed().pacticipant("mx-asof-range");

    assertThat(error("q[][pacticipant]=mx-asof-range&q[][version]=1&asOf=%2B999999999-12-31T23:59:59Z"))
        .isEqualTo("asOf must be between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z, got '+999999999-12-31T23:59:59Z'");
    assertThat(http().get("/can-i-deploy?pacticipant=mx-asof-range&version=1&environment=test&asOf=-0001-01-01T00:00:00Z").status())
        .isEqualTo(400);
  }

  @Test
  void severalVersionsAtOnceAreCheckedWithEachOtherAndWithWhatStaysDeployed() {
    seed().environment("mx-set-env", true);
    String old = seed().pact("mx-set-web", "1.0.0", "mx-set-orders", "get order");
    seed().deploy("mx-set-web", "1.0.0", "mx-set-env");
    seed().deploy("mx-set-orders", "1.0.0", "mx-set-env");
    seed().verification("mx-set-orders", "1.0.0", "mx-set-web", old, true, null, null, null);
    String next = seed().pact("mx-set-web", "2.0.0", "mx-set-orders", "get order with customer");
    seed().verification("mx-set-orders", "2.0.0", "mx-set-web", next, true, null, null, null);
    seed().verification("mx-set-orders", "2.0.0", "mx-set-web", old, false, null, null, FAILED_RESULTS);

    JsonNode providerAlone = matrix("q[][pacticipant]=mx-set-orders&q[][version]=2.0.0&environment=mx-set-env");
    JsonNode consumerAlone = matrix("q[][pacticipant]=mx-set-web&q[][version]=2.0.0&environment=mx-set-env");
    JsonNode both = matrix("q[][pacticipant]=mx-set-web&q[][version]=2.0.0&q[][pacticipant]=mx-set-orders&q[][version]=2.0.0"
        + "&environment=mx-set-env");

    assertThat(providerAlone.at("/summary/deployable").asBoolean()).as("mx-set-web 1.0.0 stays deployed").isFalse();
    assertThat(consumerAlone.at("/summary/deployable").isNull()).as("mx-set-orders 1.0.0 never verified the new pact").isTrue();
    assertThat(both.at("/summary/deployable").asBoolean()).as(both.toString()).isTrue();
    assertThat(both.at("/matrix").size()).isEqualTo(1);
    assertThat(both.at("/matrix/0/consumer/version/number").asText()).isEqualTo("2.0.0");
    assertThat(both.at("/matrix/0/provider/version/number").asText()).isEqualTo("2.0.0");
  }
}
