package dev.treaty.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

class MatchingBenchmarkInputsTest {

  @Test
  void smallInputIsAboutOneKilobyteWithAFewRules() {
    MatchingInput small = OrderContract.small();

    assertThat(small.actualBody().length).isBetween(700, 1_500);
    assertThat(small.ruleCount()).isEqualTo(7);
  }

  @Test
  void hundredKbInputIsAboutOneHundredKilobytesWithFiftyRules() {
    MatchingInput input = OrderContract.hundredKb();

    assertThat(input.actualBody().length).isBetween(95_000, 110_000);
    assertThat(input.ruleCount()).isEqualTo(50);
  }

  @Test
  void oneMbInputIsAboutOneMegabyteWithFiftyRules() {
    MatchingInput input = OrderContract.oneMb();

    assertThat(input.actualBody().length).isBetween(1_000_000, 1_100_000);
    assertThat(input.ruleCount()).isEqualTo(50);
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
  void brokenBodyDiffersFromActualOnlyInOneField() {
    MatchingInput input = OrderContract.small();
    String actual = new String(input.actualBody(), java.nio.charset.StandardCharsets.UTF_8);
    String broken = new String(input.brokenBody(), java.nio.charset.StandardCharsets.UTF_8);

    assertThat(broken).isNotEqualTo(actual).contains("\"quantity\":\"two\"");
    assertThat(broken.replace("\"quantity\":\"two\"", "")).hasSizeLessThan(actual.length());
  }

  @Test
  void pactJvmAcceptsEveryActualResponseAndRejectsEveryBrokenOne() {
    assertThatCode(() -> {
      MatchingPair.checkedPactJvm(OrderContract.small());
      MatchingPair.checkedPactJvm(OrderContract.hundredKb());
      MatchingPair.checkedPactJvm(OrderContract.oneMb());
    }).doesNotThrowAnyException();
  }

  @Test
  void treatyAgreesWithPactJvmOnEveryInput() {
    assertThatCode(() -> {
      MatchingPair.checkedTreaty(OrderContract.small());
      MatchingPair.checkedTreaty(OrderContract.hundredKb());
      MatchingPair.checkedTreaty(OrderContract.oneMb());
    }).doesNotThrowAnyException();
  }
}
