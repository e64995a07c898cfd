package dev.treaty.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class MatchingBenchmarkInputsTest {

  @Test
  void smallInputIsAboutOneKilobyteWithAFewRules() throws IOException {
    MatchingInput small = OrderContract.small();

    assertThat(small.actualBody().length).isBetween(700, 1_500);
    assertThat(bodyRuleCount(small)).isEqualTo(7);
  }

  @Test
  void hundredKbInputIsAboutOneHundredKilobytesWithFiftyRules() throws IOException {
    MatchingInput input = OrderContract.hundredKb();

    assertThat(input.actualBody().length).isBetween(95_000, 110_000);
    assertThat(bodyRuleCount(input)).isEqualTo(50);
  }

  @Test
  void oneMbInputIsAboutOneMegabyteWithFiftyRules() throws IOException {
    MatchingInput input = OrderContract.oneMb();

    assertThat(input.actualBody().length).isBetween(1_000_000, 1_100_000);
    assertThat(bodyRuleCount(input)).isEqualTo(50);
  }

  @Test
  void fullContractUsesEveryRuleKindTheBenchmarkClaims() {
    String pact = OrderContract.hundredKb().pactJson();

    for (String kind : new String[] {"type", "regex", "integer", "decimal", "timestamp", "include"}) {
      assertThat(pact).contains("\"match\" : \"" + kind + "\"");
    }
    assertThat(pact).contains("\"min\" : 1", "\"min\" : 0", "\"$.items[*].discounts[*].code\"");
  }

  @Test
  void inputsAreTheSameOnEveryRun() {
    assertThat(OrderContract.hundredKb().actualBody()).isEqualTo(OrderContract.hundredKb().actualBody());
    assertThat(OrderContract.small().pactJson()).isEqualTo(OrderContract.small().pactJson());
  }

  @Test
  void brokenBodyDiffersFromActualOnlyInTheLastItemsQuantity() throws IOException {
    MatchingInput input = OrderContract.hundredKb();
    ObjectMapper mapper = new ObjectMapper();
    JsonNode actual = mapper.readTree(input.actualBody());
    JsonNode broken = mapper.readTree(input.brokenBody());
    int last = actual.get("items").size() - 1;
    ObjectNode brokenItem = (ObjectNode) broken.get("items").get(last);

    assertThat(brokenItem.get("quantity").textValue()).isEqualTo("two");
    brokenItem.set("quantity", actual.get("items").get(last).get("quantity"));
    assertThat(broken).isEqualTo(actual);
  }

  // The 1 MB input is the 100 KB contract with more items; pact-jvm needs seconds per match on it,
  // so the build checks the two smaller inputs and every benchmark trial checks its own input.

  @Test
  void pactJvmAcceptsActualResponsesAndRejectsBrokenOnes() {
    assertThatCode(() -> {
      MatchingPair.checkedPactJvm(OrderContract.small());
      MatchingPair.checkedPactJvm(OrderContract.hundredKb());
    }).doesNotThrowAnyException();
  }

  @Test
  void treatyAcceptsActualResponsesAndRejectsBrokenOnesLikePactJvm() {
    assertThatCode(() -> {
      MatchingPair.checkedTreaty(OrderContract.small());
      MatchingPair.checkedTreaty(OrderContract.hundredKb());
    }).doesNotThrowAnyException();
  }

  @Test
  void oneMbInputMatchesWithTreaty() {
    assertThatCode(() -> MatchingPair.checkedTreaty(OrderContract.oneMb())).doesNotThrowAnyException();
  }

  private static int bodyRuleCount(MatchingInput input) throws IOException {
    JsonNode pact = new ObjectMapper().readTree(input.pactJson());
    return pact.at("/interactions/0/response/matchingRules/body").size();
  }
}
