package dev.treaty.broker.internal.selection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.broker.testing.Backend;
import dev.treaty.broker.testing.BrokerHttp.Reply;
import dev.treaty.broker.testing.BrokerSeed;
import dev.treaty.broker.testing.BrokersPerBackend;
import dev.treaty.broker.testing.ForVerificationCalls;
import dev.treaty.broker.testing.RunningBroker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Every consumer version selector of pacts-for-verification, on a real broker over HTTP. */
@ParameterizedClass
@EnumSource(Backend.class)
class ForVerificationSelectorsTest {
  @RegisterExtension static final BrokersPerBackend BROKERS = new BrokersPerBackend();

  @Parameter Backend backend;

  RunningBroker broker() {
    return BROKERS.get(backend);
  }

  BrokerSeed seed() {
    return BrokerSeed.of(broker());
  }

  ForVerificationCalls calls() {
    return new ForVerificationCalls(broker());
  }

  static final String NO_PENDING = ",\"includePendingStatus\":false}";

  @Test
  void mainBranchSelectsTheHeadOfEachConsumersOwnMainBranch() {
    BrokerSeed seed = seed().mainBranch("mb-a", "main").mainBranch("mb-b", "master");
    seed.branch("mb-a", "1", "main").pact("mb-a", "1", "mb-p", "a1");
    seed.branch("mb-a", "2", "main").pact("mb-a", "2", "mb-p", "a2");
    seed.branch("mb-b", "1", "master").pact("mb-b", "1", "mb-p", "b1");
    seed.branch("mb-c", "1", "main").pact("mb-c", "1", "mb-p", "c1");   // no main branch configured

    assertThat(calls().summary("mb-p", "{\"consumerVersionSelectors\":[{\"mainBranch\":true}]" + NO_PENDING))
        .containsExactly("mb-a 2: latest from branch main", "mb-b 1: latest from branch master");
  }

  @Test
  void branchSelectsTheBranchHeadAndNothingWhenTheHeadHasNoPact() {
    BrokerSeed seed = seed();
    seed.branch("br-a", "1", "feat").pact("br-a", "1", "br-p", "a1");
    seed.branch("br-a", "2", "feat").pact("br-a", "2", "br-other", "a2 for another provider");
    seed.branch("br-b", "1", "feat").pact("br-b", "1", "br-p", "b1");
    seed.branch("br-b", "2", "main").pact("br-b", "2", "br-p", "b2");

    assertThat(calls().summary("br-p", "{\"consumerVersionSelectors\":[{\"branch\":\"feat\"}]" + NO_PENDING))
        .containsExactly("br-b 1: latest from branch feat");
  }

  @Test
  void fallbackBranchIsUsedForConsumersTheBranchFindsNothingFor() {
    BrokerSeed seed = seed();
    seed.branch("fb-a", "1", "main").pact("fb-a", "1", "fb-p", "a1");
    seed.branch("fb-a", "2", "feat-x").pact("fb-a", "2", "fb-p", "a2");
    seed.branch("fb-b", "1", "main").pact("fb-b", "1", "fb-p", "b1");

    JsonNode answer = calls().post("fb-p", "{\"consumerVersionSelectors\":[{\"branch\":\"feat-x\",\"fallbackBranch\":\"main\"}]" + NO_PENDING);

    assertThat(ForVerificationCalls.summary(answer))
        .containsExactly("fb-a 2: latest from branch feat-x", "fb-b 1: latest from branch main");
    assertThat(calls().notices(answer, "fb-b")).contains(
        "latest version from branch 'main' (fallback branch used as no pact was found from branch 'feat-x') (1)");
  }

  @Test
  void matchingBranchSelectsTheConsumerBranchNamedLikeTheProviderBranch() {
    BrokerSeed seed = seed();
    seed.branch("mt-a", "1", "feat-y").pact("mt-a", "1", "mt-p", "a1");
    seed.branch("mt-b", "1", "main").pact("mt-b", "1", "mt-p", "b1");

    assertThat(calls().summary("mt-p", "{\"consumerVersionSelectors\":[{\"matchingBranch\":true}],\"providerVersionBranch\":\"feat-y\"" + NO_PENDING))
        .containsExactly("mt-a 1: latest from branch feat-y");
  }

  @Test
  void latestTagSelectsTheTagHeadAndNothingWhenTheHeadHasNoPact() {
    BrokerSeed seed = seed();
    seed.tag("tl-a", "1", "prod").pact("tl-a", "1", "tl-p", "a1");
    seed.tag("tl-a", "2", "prod").pact("tl-a", "2", "tl-p", "a2");
    seed.tag("tl-b", "1", "prod").pact("tl-b", "1", "tl-p", "b1");
    seed.tag("tl-b", "2", "prod");   // the head of prod has no pact

    assertThat(calls().summary("tl-p", "{\"consumerVersionSelectors\":[{\"tag\":\"prod\",\"latest\":true}]" + NO_PENDING))
        .containsExactly("tl-a 2: latest with tag prod");
  }

  @Test
  void fallbackTagIsUsedForConsumersTheTagFindsNothingFor() {
    BrokerSeed seed = seed();
    seed.tag("ft-a", "1", "feat").pact("ft-a", "1", "ft-p", "a1");
    seed.tag("ft-b", "1", "main").pact("ft-b", "1", "ft-p", "b1");

    JsonNode answer = calls().post("ft-p", "{\"consumerVersionSelectors\":[{\"tag\":\"feat\",\"latest\":true,\"fallbackTag\":\"main\"}]" + NO_PENDING);

    assertThat(ForVerificationCalls.summary(answer)).containsExactly("ft-a 1: latest with tag feat", "ft-b 1: latest with tag main");
    assertThat(calls().notices(answer, "ft-b")).contains(
        "latest version tagged 'main' (fallback tag used as no pact was found with tag 'feat') (1)");
  }

  @Test
  void tagWithoutLatestSelectsEveryTaggedVersionAndMergesEqualContent() {
    BrokerSeed seed = seed();
    seed.tag("ta-a", "1", "prod").pact("ta-a", "1", "ta-p", "one");
    seed.tag("ta-a", "2", "prod").pact("ta-a", "2", "ta-p", "two");
    seed.tag("ta-a", "3", "prod").pact("ta-a", "3", "ta-p", "two");   // same content as 2
    seed.tag("ta-a", "4", "test").pact("ta-a", "4", "ta-p", "four");

    JsonNode answer = calls().post("ta-p", "{\"consumerVersionSelectors\":[{\"tag\":\"prod\"}]" + NO_PENDING);

    assertThat(ForVerificationCalls.summary(answer)).containsExactly("ta-a 1: one of prod", "ta-a 3: one of prod");
    assertThat(answer.at("/_embedded/pacts/1/verificationProperties/notices/0/text").asText())
        .contains("matching the following criteria:\n    * all consumer versions tagged 'prod' (2)\n    * all consumer versions tagged 'prod' (3)");
  }

  @Test
  void latestSelectsEachConsumersNewestVersionWithAPactForThisProvider() {
    BrokerSeed seed = seed();
    seed.pact("la-a", "1", "la-p", "a1");
    seed.pact("la-a", "2", "la-p", "a2");
    seed.pact("la-a", "3", "la-other", "a3 for someone else");
    seed.pact("la-b", "7", "la-p", "b7");

    assertThat(calls().summary("la-p", "{\"consumerVersionSelectors\":[{\"latest\":true}]" + NO_PENDING))
        .containsExactly("la-a 2: latest", "la-b 7: latest");
  }

  @Test
  void consumerRestrictsAnySelectorToThatConsumer() {
    BrokerSeed seed = seed();
    seed.branch("cr-a", "1", "main").pact("cr-a", "1", "cr-p", "a1");
    seed.branch("cr-b", "1", "main").pact("cr-b", "1", "cr-p", "b1");

    JsonNode answer = calls().post("cr-p", "{\"consumerVersionSelectors\":[{\"branch\":\"main\",\"consumer\":\"cr-b\"}]" + NO_PENDING);

    assertThat(ForVerificationCalls.summary(answer)).containsExactly("cr-b 1: latest from branch main");
    assertThat(calls().notices(answer, "cr-b")).contains("latest version of cr-b from branch 'main' (1)");
  }

  @Test
  void deployedSelectsCurrentlyDeployedVersionsInAnyOrOneEnvironment() {
    BrokerSeed seed = seed().environment("dp-test", false).environment("dp-prod", true);
    seed.pact("dp-a", "1", "dp-p", "a1");
    seed.pact("dp-a", "2", "dp-p", "a2");
    seed.pact("dp-a", "3", "dp-p", "a3");
    seed.deploy("dp-a", "1", "dp-prod").deploy("dp-a", "2", "dp-test").deploy("dp-a", "3", "dp-test").undeploy("dp-a", "3");

    assertThat(calls().summary("dp-p", "{\"consumerVersionSelectors\":[{\"deployed\":true}]" + NO_PENDING))
        .containsExactly("dp-a 1: deployed to dp-prod", "dp-a 2: deployed to dp-test");
    assertThat(calls().summary("dp-p", "{\"consumerVersionSelectors\":[{\"deployed\":true,\"environment\":\"dp-prod\"}]" + NO_PENDING))
        .containsExactly("dp-a 1: deployed to dp-prod");
  }

  @Test
  void releasedDeployedOrReleasedAndEnvironmentAlone() {
    BrokerSeed seed = seed().environment("rl-store", true).environment("rl-test", false);
    seed.pact("rl-a", "1", "rl-p", "a1");
    seed.pact("rl-a", "2", "rl-p", "a2");
    seed.pact("rl-a", "3", "rl-p", "a3");
    seed.release("rl-a", "1", "rl-store").deploy("rl-a", "2", "rl-test").release("rl-a", "3", "rl-test");

    assertThat(calls().summary("rl-p", "{\"consumerVersionSelectors\":[{\"released\":true}]" + NO_PENDING))
        .containsExactly("rl-a 1: released in rl-store", "rl-a 3: released in rl-test");
    assertThat(calls().summary("rl-p", "{\"consumerVersionSelectors\":[{\"deployedOrReleased\":true}]" + NO_PENDING))
        .containsExactly("rl-a 1: released in rl-store", "rl-a 2: deployed to rl-test", "rl-a 3: released in rl-test");
    assertThat(calls().summary("rl-p", "{\"consumerVersionSelectors\":[{\"environment\":\"rl-test\"}]" + NO_PENDING))
        .containsExactly("rl-a 2: deployed to rl-test", "rl-a 3: released in rl-test");
    assertThat(calls().summary("rl-p", "{\"consumerVersionSelectors\":[{\"environment\":\"rl-test\",\"released\":true}]" + NO_PENDING))
        .containsExactly("rl-a 3: released in rl-test");
  }

  @Test
  void defaultSelectorsUseMainBranchElseMainBranchTagElseLatestPlusDeployedAndReleased() {
    BrokerSeed seed = seed().environment("df-prod", true).mainBranch("df-a", "main").mainBranch("df-b", "main");
    seed.branch("df-a", "1", "main").pact("df-a", "1", "df-p", "a1");
    seed.branch("df-a", "2", "main").pact("df-a", "2", "df-p", "a2");
    seed.branch("df-a", "3", "feat").pact("df-a", "3", "df-p", "a3");
    seed.tag("df-b", "1", "main").pact("df-b", "1", "df-p", "b1");
    seed.pact("df-b", "2", "df-p", "b2");
    seed.pact("df-c", "1", "df-p", "c1");
    seed.pact("df-c", "2", "df-p", "c2");
    seed.deploy("df-a", "1", "df-prod");

    assertThat(calls().summary("df-p", "{\"consumerVersionSelectors\":[]" + NO_PENDING)).containsExactly(
        "df-a 1: deployed to df-prod",
        "df-a 2: latest from branch main",
        "df-b 1: latest with tag main",
        "df-c 2: latest");
    assertThat(calls().summary("df-p", "{\"includePendingStatus\":false}")).hasSize(4);
  }

  @Test
  void theSameContentSelectedTwiceIsOnePactWithEveryReason() {
    BrokerSeed seed = seed().environment("dd-prod", true).mainBranch("dd-a", "main");
    seed.branch("dd-a", "1", "main").pact("dd-a", "1", "dd-p", "same");
    seed.branch("dd-a", "2", "main").pact("dd-a", "2", "dd-p", "same");
    seed.deploy("dd-a", "1", "dd-prod");

    JsonNode answer = calls().post("dd-p", "{\"consumerVersionSelectors\":[{\"mainBranch\":true},{\"deployedOrReleased\":true}]"
        + ",\"providerVersionBranch\":\"main\"}");

    assertThat(ForVerificationCalls.summary(answer)).containsExactly("dd-a 2: latest from branch main, deployed to dd-prod");
    JsonNode pact = answer.at("/_embedded/pacts/0");
    assertThat(pact.at("/verificationProperties/pending").asBoolean()).isTrue();
    pact.at("/verificationProperties/notices").forEach(n -> {
      assertThat(n.get("when").isTextual()).isTrue();
      assertThat(n.get("text").isTextual()).isTrue();
    });
    dev.treaty.testing.GoldenFiles.in("for-verification").assertMatches("merged-notices.txt", calls().notices(answer, "dd-a"));
  }

  @Test
  void eachPactLinksToItsContentWithMetadataSayingWhyAndWhetherPending() {
    BrokerSeed seed = seed();
    String sha = seed.branch("ln-a", "1", "main").pact("ln-a", "1", "ln-p", "a1");

    JsonNode pact = calls().post("ln-p", "{\"consumerVersionSelectors\":[{\"branch\":\"main\"}],\"providerVersionBranch\":\"main\"}")
        .at("/_embedded/pacts/0");

    String href = pact.at("/_links/self/href").asText();
    String prefix = broker().url() + "/pacts/provider/ln-p/consumer/ln-a/pact-version/" + sha + "/metadata/";
    assertThat(href).startsWith(prefix);
    PactUrlMetadata metadata = PactUrlMetadata.decode(href.substring(prefix.length()));
    assertThat(metadata.wip()).isFalse();
    assertThat(metadata.pending()).contains(true);
    assertThat(metadata.consumerVersionIds()).containsExactly(seed.version("ln-a", "1"));
    assertThat(pact.at("/_links/self/name").asText()).isEqualTo("Pact between ln-a (1) and ln-p");
  }

  @Test
  void pendingAndWipAreAbsentWhenNotAskedFor() {
    seed().branch("ab-a", "1", "main").pact("ab-a", "1", "ab-p", "a1");

    JsonNode properties = calls().post("ab-p", "{\"consumerVersionSelectors\":[{\"branch\":\"main\"}]" + NO_PENDING)
        .at("/_embedded/pacts/0/verificationProperties");

    assertThat(properties.has("pending")).isFalse();
    assertThat(properties.has("wip")).isFalse();
    assertThat(properties.get("notices")).hasSize(1);
  }

  @Test
  void aProviderWithoutMatchingPactsGetsAnEmptyListAndSelfLink() {
    seed().pacticipant("em-p");

    JsonNode answer = calls().post("em-p", "{\"consumerVersionSelectors\":[{\"mainBranch\":true}]}");

    assertThat(answer.at("/_embedded/pacts").isArray()).isTrue();
    assertThat(answer.at("/_embedded/pacts")).isEmpty();
    assertThat(answer.at("/_links/self/href").asText()).isEqualTo(broker().url() + "/pacts/provider/em-p/for-verification");
  }

  @Test
  void anUnknownProviderIs404() {
    Reply reply = broker().http().post("/pacts/provider/no-such-provider/for-verification", "{}");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.json().at("/errors/0").asText()).isEqualTo("No provider named 'no-such-provider' is known to this broker");
  }

  @Test
  void getAnswersWithASelfLinkAndReadsTheSnakeCaseQuery() {
    BrokerSeed seed = seed();
    seed.tag("gq-a", "1", "prod").pact("gq-a", "1", "gq-p", "a1");
    seed.tag("gq-a", "2", "prod").pact("gq-a", "2", "gq-p", "a2");
    seed.tag("gq-b", "1", "prod").pact("gq-b", "1", "gq-p", "b1");

    Reply plain = broker().http().get("/pacts/provider/gq-p/for-verification");
    Reply query = broker().http().get("/pacts/provider/gq-p/for-verification?consumer_version_selectors%5B%5D%5Btag%5D=prod"
        + "&consumer_version_selectors[][latest]=true&consumer_version_selectors[][consumer]=gq-a&include_pending_status=false");

    assertThat(plain.status()).isEqualTo(200);
    assertThat(plain.json().at("/_links/self/href").asText()).isEqualTo(broker().url() + "/pacts/provider/gq-p/for-verification");
    assertThat(ForVerificationCalls.summary(query.json())).containsExactly("gq-a 2: latest with tag prod");
  }

  @Test
  void branchNamesWithSlashesAndSpacesInNamesAreEncodedInLinks() {
    BrokerSeed seed = seed();
    seed.branch("sl a", "1", "feature/x").pact("sl a", "1", "sl p", "a1");

    JsonNode answer = calls().post("sl%20p", "{\"consumerVersionSelectors\":[{\"branch\":\"feature/x\"}]" + NO_PENDING);

    assertThat(ForVerificationCalls.summary(answer)).containsExactly("sl a 1: latest from branch feature/x");
    assertThat(answer.at("/_embedded/pacts/0/_links/self/href").asText()).contains("/pacts/provider/sl%20p/consumer/sl%20a/pact-version/");
  }
}
