package dev.treaty.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.contract.Generator;
import dev.treaty.contract.MatchingRule;
import dev.treaty.contract.RuleGroup;
import org.junit.jupiter.api.Test;

/** The value factories: rules, generators, and usage errors for examples that contradict them. */
class ContractDslTest {

  @Test
  void fromProviderStateCarriesExpressionAndDataType() {
    MatchedValue id = ContractDsl.fromProviderState("${id}", 42);
    MatchedValue path = ContractDsl.fromProviderState("/orders/${id}", "/orders/42");

    assertThat(id.generator().type()).isEqualTo("ProviderState");
    assertThat(((Generator.ProviderState) id.generator()).expression()).isEqualTo("${id}");
    assertThat(((Generator.ProviderState) id.generator()).dataType()).isEqualTo("INTEGER");
    assertThat(((Generator.ProviderState) path.generator()).dataType()).isEqualTo("STRING");
    assertThat(id.rules()).isEqualTo(RuleGroup.of(MatchingRule.Type.any()));
  }

  @Test
  void mockServerUrlCarriesRegexAndExample() {
    MatchedValue url = ContractDsl.mockServerUrl(".*(/orders/\\d+)$", "http://localhost:8080/orders/42");

    assertThat(url.generator().type()).isEqualTo("MockServerURL");
    assertThat(((Generator.MockServerURL) url.generator()).regex()).isEqualTo(".*(/orders/\\d+)$");
    assertThat(((Generator.MockServerURL) url.generator()).example()).isEqualTo("http://localhost:8080/orders/42");
    assertThat(url.rules()).isEqualTo(RuleGroup.of(new MatchingRule.Regex(".*(/orders/\\d+)$")));
  }

  @Test
  void regexExampleThatDoesNotMatchFails() {
    Golden.assertUsageError("regex-example", () -> ContractDsl.regex("\\d+", "abc"));
  }

  @Test
  void invalidRegexFails() {
    Golden.assertUsageError("regex-invalid", () -> ContractDsl.regex("(", "abc"));
  }

  @Test
  void dateExampleInAnotherFormatFails() {
    Golden.assertUsageError("date-example", () -> ContractDsl.date("yyyy-MM-dd", "29.02.2024"));
  }

  @Test
  void invalidDateFormatFails() {
    Golden.assertUsageError("date-format", () -> ContractDsl.datetime("yyyy-MM-dd'T", "2024"));
  }

  @Test
  void includeExampleWithoutTheTextFails() {
    Golden.assertUsageError("include-example", () -> ContractDsl.include("lo", "bye"));
  }

  @Test
  void uuidExampleThatIsNoUuidFails() {
    Golden.assertUsageError("uuid-example", () -> ContractDsl.uuid("42"));
  }

  @Test
  void impossibleEachLikeBoundsFail() {
    Golden.assertUsageError("each-like-bounds", () -> ContractDsl.json(o -> o.eachLike("items", 3, 2, i -> {})));
  }

  @Test
  void matchedValueAsExampleFails() {
    Golden.assertUsageError("matched-value-example", () -> ContractDsl.typeOf(ContractDsl.integerType(1)));
  }
}
