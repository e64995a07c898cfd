package dev.treaty.broker.internal.selection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.broker.testing.Backend;
import dev.treaty.broker.testing.BrokerHttp.Reply;
import dev.treaty.broker.testing.BrokerSeed;
import dev.treaty.broker.testing.BrokersPerBackend;
import dev.treaty.broker.testing.ForVerificationCalls;
import dev.treaty.broker.testing.RunningBroker;
import dev.treaty.testing.GoldenFiles;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Pending status (branch, tags, neither) and WIP pacts of pacts-for-verification. */
@ParameterizedClass
@EnumSource(Backend.class)
class PendingAndWipTest {
  @RegisterExtension static final BrokersPerBackend BROKERS = new BrokersPerBackend();
  static final Instant NOW = Instant.now();
  static final Instant HOUR_AGO = NOW.minus(Duration.ofHours(1));
  static final Instant TWO_HOURS_AGO = NOW.minus(Duration.ofHours(2));
  static final Instant DAY_AGO = NOW.minus(Duration.ofDays(1));

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

  boolean pending(String provider, String consumer, String requestTail) {
    JsonNode answer = calls().post(provider, "{\"consumerVersionSelectors\":[{\"latest\":true}]" + requestTail + "}");
    return ForVerificationCalls.pactOf(answer, consumer).at("/verificationProperties/pending").asBoolean();
  }

  @Test
  void withoutBranchOrTagsAPactIsPendingUntilAnySuccessfulVerification() {
    String sha = seed().pact("pn-a", "1", "pn-p", "a1");
    assertThat(pending("pn-p", "pn-a", "")).isTrue();

    seed().verificationAt("pn-p", "100", "pn-a", sha, false, false, HOUR_AGO);
    assertThat(pending("pn-p", "pn-a", "")).as("a failed verification does not end pending").isTrue();

    seed().verificationAt("pn-p", "101", "pn-a", sha, true, false, HOUR_AGO);
    JsonNode answer = calls().post("pn-p", "{\"consumerVersionSelectors\":[{\"latest\":true}]}");
    assertThat(answer.at("/_embedded/pacts/0/verificationProperties/pending").asBoolean()).isFalse();
    assertThat(calls().notices(answer, "pn-a")).contains(
        "This pact has previously been successfully verified by pn-p. If this verification fails, it will fail the build.");
  }

  @Test
  void aProviderBranchSeesVerificationsOnItselfAndOnOtherBranchesBeforeItWasCreated() {
    BrokerSeed seed = seed();
    String sha = seed.pact("pb-a", "1", "pb-p", "a1");
    seed.branchAt("pb-p", "1", "main", DAY_AGO);
    seed.branchAt("pb-p", "0", "created-before", TWO_HOURS_AGO);
    seed.verificationAt("pb-p", "1", "pb-a", sha, true, false, HOUR_AGO);
    seed.branchAt("pb-p", "2", "created-after", NOW.minus(Duration.ofMinutes(30)));

    assertThat(pending("pb-p", "pb-a", ",\"providerVersionBranch\":\"main\"")).isFalse();
    assertThat(pending("pb-p", "pb-a", ",\"providerVersionBranch\":\"new-branch\"")).as("a new branch inherits").isFalse();
    assertThat(pending("pb-p", "pb-a", ",\"providerVersionBranch\":\"created-after\"")).isFalse();
    assertThat(pending("pb-p", "pb-a", ",\"providerVersionBranch\":\"created-before\"")).isTrue();
  }

  @Test
  void providerTagsArePendingPerTag() {
    BrokerSeed seed = seed();
    String sha = seed.pact("pt-a", "1", "pt-p", "a1");
    seed.tagAt("pt-p", "1", "dev", DAY_AGO);
    seed.tagAt("pt-p", "0", "prod", TWO_HOURS_AGO);
    seed.verificationAt("pt-p", "1", "pt-a", sha, true, false, HOUR_AGO);

    assertThat(pending("pt-p", "pt-a", ",\"providerVersionTags\":[\"dev\"]")).isFalse();
    assertThat(pending("pt-p", "pt-a", ",\"providerVersionTags\":[\"never-used\"]")).isFalse();
    assertThat(pending("pt-p", "pt-a", ",\"providerVersionTags\":[\"prod\"]")).isTrue();

    JsonNode answer = calls().post("pt-p", "{\"consumerVersionSelectors\":[{\"latest\":true}],\"providerVersionTags\":[\"dev\",\"prod\"]}");
    GoldenFiles.in("for-verification").assertMatches("pending-tags-notices.txt", calls().notices(answer, "pt-a"));
  }

  @Test
  void wipPactsAreRecentBranchAndTagHeadsNotYetVerifiedByTheProviderBranch() {
    BrokerSeed seed = seed().mainBranch("wp-a", "main");
    seed.branchAt("wp-a", "1", "main", DAY_AGO).pactAt("wp-a", "1", "wp-p", "main pact", DAY_AGO);
    seed.branch("wp-a", "2", "feat-z").pact("wp-a", "2", "wp-p", "feature pact");
    seed.branch("wp-a", "3", "feat-old").pactAt("wp-a", "3", "wp-p", "old feature pact", DAY_AGO);
    seed.branch("wp-a", "4", "feat-y").pact("wp-a", "4", "wp-p", "superseded feature pact");
    seed.branch("wp-a", "5", "feat-y").pact("wp-a", "5", "wp-p", "feature y pact");
    seed.tag("wp-b", "1", "experiment").pact("wp-b", "1", "wp-p", "tagged pact");

    JsonNode answer = calls().post("wp-p", "{\"consumerVersionSelectors\":[{\"mainBranch\":true}],\"providerVersionBranch\":\"main\","
        + "\"includeWipPactsSince\":\"" + NOW.minus(Duration.ofHours(3)) + "\"}");

    assertThat(ForVerificationCalls.summary(answer)).containsExactly(
        "wp-a 1: latest from branch main",
        "wp-a 2: latest from branch feat-z",
        "wp-a 5: latest from branch feat-y",
        "wp-b 1: latest with tag experiment");
    JsonNode wip = answer.at("/_embedded/pacts/1");
    assertThat(wip.at("/verificationProperties/wip").asBoolean()).isTrue();
    assertThat(wip.at("/verificationProperties/pending").asBoolean()).isTrue();
    String href = wip.at("/_links/self/href").asText();
    assertThat(PactUrlMetadata.decode(href.substring(href.lastIndexOf('/') + 1)).wip()).isTrue();
    assertThat(answer.at("/_embedded/pacts/0/verificationProperties/wip").isMissingNode()).isTrue();
    GoldenFiles.in("for-verification").assertMatches("wip-notices.txt",
        calls().notices(answer, "wp-b").replaceAll("pact-version/[0-9a-f]+", "pact-version/{sha}"));
  }

  @Test
  void wipPactsNeedAProviderBranchOrTagsAndAcceptADateOrATimestamp() {
    seed().branch("wd-a", "1", "feat").pact("wd-a", "1", "wd-p", "a1");
    String today = NOW.toString().substring(0, 10);

    assertThat(calls().summary("wd-p", "{\"consumerVersionSelectors\":[{\"branch\":\"none\"}],\"includeWipPactsSince\":\"" + today + "\"}")).isEmpty();
    assertThat(calls().summary("wd-p", "{\"consumerVersionSelectors\":[{\"branch\":\"none\"}],\"providerVersionTags\":[\"dev\"],"
        + "\"includeWipPactsSince\":\"" + today + "\"}")).containsExactly("wd-a 1: latest from branch feat");
    assertThat(calls().summary("wd-p", "{\"consumerVersionSelectors\":[{\"branch\":\"none\"}],\"providerVersionBranch\":\"main\","
        + "\"includeWipPactsSince\":\"" + NOW.minus(Duration.ofMinutes(5)).atOffset(java.time.ZoneOffset.ofHours(2)) + "\"}"))
        .containsExactly("wd-a 1: latest from branch feat");
    assertThat(calls().summary("wd-p", "{\"consumerVersionSelectors\":[{\"branch\":\"none\"}],\"providerVersionBranch\":\"main\","
        + "\"includeWipPactsSince\":\"" + NOW.plus(Duration.ofHours(1)) + "\"}")).isEmpty();
  }

  @Test
  void aPactVerifiedOutsideWipByTheBranchOrEarlierByAnotherBranchIsNotWip() {
    BrokerSeed seed = seed();
    String onBranch = seed.branch("wv-a", "1", "feat-1").pact("wv-a", "1", "wv-p", "one");
    String earlier = seed.branch("wv-b", "1", "feat-2").pact("wv-b", "1", "wv-p", "two");
    String later = seed.branch("wv-c", "1", "feat-3").pact("wv-c", "1", "wv-p", "three");
    seed.branchAt("wv-p", "1", "main", TWO_HOURS_AGO);
    seed.branchAt("wv-p", "2", "other", DAY_AGO);
    seed.verificationAt("wv-p", "1", "wv-a", onBranch, true, false, NOW);
    seed.verificationAt("wv-p", "2", "wv-b", earlier, true, false, DAY_AGO.plus(Duration.ofMinutes(1)));
    seed.verificationAt("wv-p", "2", "wv-c", later, true, false, HOUR_AGO);

    assertThat(calls().summary("wv-p", "{\"consumerVersionSelectors\":[{\"branch\":\"none\"}],\"providerVersionBranch\":\"main\","
        + "\"includeWipPactsSince\":\"" + DAY_AGO.toString().substring(0, 10) + "\"}"))
        .containsExactly("wv-c 1: latest from branch feat-3");
  }

  @Test
  void aPactThatPassesOnlyAsWipStaysWipUntilVerifiedOutsideWip() {
    BrokerSeed seed = seed();
    seed.branch("ws-a", "1", "feat").pact("ws-a", "1", "ws-p", "a1");
    seed.branch("ws-p", "1", "main");
    String request = "{\"consumerVersionSelectors\":[{\"branch\":\"none\"}],\"providerVersionBranch\":\"main\","
        + "\"includeWipPactsSince\":\"" + DAY_AGO + "\"}";
    String wipHref = calls().post("ws-p", request).at("/_embedded/pacts/0/_links/self/href").asText();

    Reply published = broker().http().post(wipHref + "/verification-results", "{\"success\":true,\"providerApplicationVersion\":\"1\"}");
    assertThat(published.status()).as(published.body()).isEqualTo(201);
    assertThat(published.json().get("wip").asBoolean()).isTrue();
    assertThat(calls().summary("ws-p", request)).as("still WIP").containsExactly("ws-a 1: latest from branch feat");
    assertThat(pending("ws-p", "ws-a", ",\"providerVersionBranch\":\"main\"")).as("a WIP success ends pending").isFalse();

    String plainHref = wipHref.substring(0, wipHref.indexOf("/metadata/"));
    broker().http().post(plainHref + "/verification-results", "{\"success\":true,\"providerApplicationVersion\":\"1\"}");
    assertThat(calls().summary("ws-p", request)).isEmpty();
  }

  @Test
  void anExplicitlySelectedPactIsNotAlsoWip() {
    seed().branch("we-a", "1", "feat").pact("we-a", "1", "we-p", "a1");

    JsonNode answer = calls().post("we-p", "{\"consumerVersionSelectors\":[{\"branch\":\"feat\"}],\"providerVersionBranch\":\"main\","
        + "\"includeWipPactsSince\":\"" + DAY_AGO + "\"}");

    assertThat(ForVerificationCalls.summary(answer)).containsExactly("we-a 1: latest from branch feat");
    assertThat(answer.at("/_embedded/pacts/0/verificationProperties/wip").isMissingNode()).isTrue();
    assertThat(answer.at("/_embedded/pacts/0/verificationProperties/pending").asBoolean()).isTrue();
  }
}
