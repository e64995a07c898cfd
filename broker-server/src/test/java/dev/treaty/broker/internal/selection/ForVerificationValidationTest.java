package dev.treaty.broker.internal.selection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectWriter;
import dev.treaty.broker.internal.api.JsonTrees;
import dev.treaty.broker.testing.Backend;
import dev.treaty.broker.testing.BrokerHttp.Reply;
import dev.treaty.broker.testing.BrokerSeed;
import dev.treaty.broker.testing.BrokersPerBackend;
import dev.treaty.broker.testing.RunningBroker;
import dev.treaty.testing.GoldenFiles;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Every 400 of pacts-for-verification, its body compared with a golden file. */
@ParameterizedClass
@EnumSource(Backend.class)
class ForVerificationValidationTest {
  @RegisterExtension static final BrokersPerBackend BROKERS = new BrokersPerBackend();
  static final GoldenFiles GOLDEN = GoldenFiles.in("for-verification-errors");
  static final ObjectWriter PRETTY = JsonTrees.MAPPER.writerWithDefaultPrettyPrinter();

  @Parameter Backend backend;

  RunningBroker broker() {
    return BROKERS.get(backend);
  }

  @BeforeEach
  void provider() {
    BrokerSeed.of(broker()).pacticipant("val-p");
    BrokerSeed.of(broker()).environment("val-production", true);
  }

  void assertRejected(String golden, String body) {
    Reply reply = broker().http().post("/pacts/provider/val-p/for-verification", body);
    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertThat(reply.header("Content-Type")).startsWith("application/hal+json");
    try {
      GOLDEN.assertMatches(golden + ".json", PRETTY.writeValueAsString(reply.json()) + "\n");
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aSelectorWithoutCriteria() {
    assertRejected("no-criteria", "{\"consumerVersionSelectors\":[{\"mainBranch\":true},{\"consumer\":\"foo\"}]}");
  }

  @Test
  void mainBranchWithOtherKeysOrLatestFalse() {
    assertRejected("main-branch-combinations", "{\"consumerVersionSelectors\":[{\"mainBranch\":true,\"tag\":\"prod\"},"
        + "{\"mainBranch\":true,\"latest\":false}]}");
  }

  @Test
  void matchingBranchWithOtherKeysOrWithoutProviderBranch() {
    assertRejected("matching-branch", "{\"consumerVersionSelectors\":[{\"matchingBranch\":true,\"latest\":true}]}");
  }

  @Test
  void branchAndEnvironmentKeysMixed() {
    assertRejected("branch-with-environment", "{\"consumerVersionSelectors\":[{\"branch\":\"main\",\"latest\":true,\"deployed\":true},"
        + "{\"tag\":\"prod\",\"environment\":\"val-production\"}]}");
  }

  @Test
  void tagAndBranchTogether() {
    assertRejected("tag-and-branch", "{\"consumerVersionSelectors\":[{\"tag\":\"prod\",\"branch\":\"main\"}]}");
  }

  @Test
  void fallbacksWithoutWhatTheyNeed() {
    assertRejected("fallbacks", "{\"consumerVersionSelectors\":[{\"tag\":\"feat\",\"fallbackTag\":\"main\"},"
        + "{\"fallbackTag\":\"main\",\"latest\":true},{\"fallbackBranch\":\"main\",\"latest\":true},"
        + "{\"branch\":\"feat\",\"fallbackBranch\":\"main\",\"latest\":false}]}");
  }

  @Test
  void unknownEnvironment() {
    assertRejected("unknown-environment", "{\"consumerVersionSelectors\":[{\"environment\":\"nowhere\"}]}");
  }

  @Test
  void deployedAndReleasedTogether() {
    assertRejected("deployed-and-released", "{\"consumerVersionSelectors\":[{\"deployed\":true,\"released\":true},"
        + "{\"deployed\":true,\"deployedOrReleased\":true},{\"released\":true,\"deployedOrReleased\":true}]}");
  }

  @Test
  void wrongTypesAndBlankValues() {
    assertRejected("wrong-types", "{\"consumerVersionSelectors\":[\"main\",{\"latest\":\"yes\"},{\"tag\":\" \"},{\"deployed\":false}],"
        + "\"providerVersionTags\":\"main\",\"includePendingStatus\":\"true\"}");
  }

  @Test
  void selectorsNotAnArray() {
    assertRejected("selectors-not-array", "{\"consumerVersionSelectors\":{\"mainBranch\":true}}");
  }

  @Test
  void includeWipPactsSinceNotADate() {
    assertRejected("wip-since-not-a-date", "{\"includeWipPactsSince\":\"last tuesday\",\"providerVersionBranch\":\"main\"}");
  }

  /** Found by BrokerFuzzIT: a year java.time parses but PostgreSQL cannot hold was a 500 there. */
  @Test
  void includeWipPactsSinceBeyondWhatTheDatabasesHold() {
    assertRejected("wip-since-out-of-range", "{\"includeWipPactsSince\":\"+999999999-12-31T23:59:59Z\",\"providerVersionBranch\":\"main\"}");
  }

  @Test
  void blankProviderBranchWithPending() {
    assertRejected("blank-provider-branch", "{\"consumerVersionSelectors\":[{\"mainBranch\":true}],\"providerVersionBranch\":\"\","
        + "\"includePendingStatus\":true}");
  }

  @Test
  void aBlankProviderBranchIsFineWithoutPendingOrWip() {
    Reply reply = broker().http().post("/pacts/provider/val-p/for-verification",
        "{\"consumerVersionSelectors\":[{\"mainBranch\":true}],\"providerVersionBranch\":\"\",\"includePendingStatus\":false}");

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
  }

  @Test
  void malformedJsonAndNonJsonContentType() {
    Reply malformed = broker().http().post("/pacts/provider/val-p/for-verification", "{\"consumerVersionSelectors\":[");
    Reply text = broker().http().send("POST", "/pacts/provider/val-p/for-verification", null, Map.of());
    Reply plain = broker().http().send("POST", "/pacts/provider/val-p/for-verification", null, Map.of("Content-Type", "text/plain"));

    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.json().at("/errors/body/0").asText()).startsWith("is not valid JSON");
    assertThat(text.status()).as("an empty body means the default selectors").isEqualTo(200);
    assertThat(plain.status()).isEqualTo(200);
  }

  @Test
  void moreSelectorsThanTheLimitAreRefusedBeforeAnyQuery() {
    String selectors = String.join(",", java.util.Collections.nCopies(5_000, "{\"mainBranch\":true}"));
    assertRejected("too-many-selectors", "{\"consumerVersionSelectors\":[" + selectors + "]}");
  }

  @Test
  void theSelectorLimitItselfIsAccepted() {
    String selectors = String.join(",", java.util.Collections.nCopies(SelectorParser.MAX_SELECTORS, "{\"mainBranch\":true}"));
    Reply reply = broker().http().post("/pacts/provider/val-p/for-verification", "{\"consumerVersionSelectors\":[" + selectors + "]}");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
  }

  @Test
  void moreProviderVersionTagsThanTheLimitAreRefused() {
    String tags = String.join(",", java.util.stream.IntStream.rangeClosed(1, 21).mapToObj(i -> "\"t" + i + "\"").toList());
    assertRejected("too-many-provider-version-tags", "{\"consumerVersionSelectors\":[{\"mainBranch\":true}],"
        + "\"providerVersionTags\":[" + tags + "],\"includeWipPactsSince\":\"2024-01-01\"}");
  }
}
