package dev.treaty.dsl;

import static dev.treaty.dsl.ContractDsl.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.contract.MatchingRule;
import dev.treaty.contract.RuleGroup;
import org.junit.jupiter.api.Test;

class JsonBodyBuilderTest {

  @Test
  void eachLikeWritesExampleAndRulesWithWildcardPaths() {
    JsonBody body = json(o -> o
        .integerType("id", 42)
        .stringValue("status", "OPEN")
        .eachLike("items", 2, item -> item.stringType("sku", "A-1").decimalType("price", 12.5)));

    assertThat(body.example().toString()).isEqualTo(
        "{\"id\":42,\"status\":\"OPEN\",\"items\":[{\"sku\":\"A-1\",\"price\":12.5},{\"sku\":\"A-1\",\"price\":12.5}]}");
    assertThat(body.rules()).containsOnlyKeys("$.id", "$.items", "$.items[*].sku", "$.items[*].price");
    assertThat(body.rules().get("$.items")).isEqualTo(RuleGroup.of(new MatchingRule.Type(2, null)));
    assertThat(body.rules().get("$.items[*].price")).isEqualTo(RuleGroup.of(new MatchingRule.DecimalType()));
  }
}
