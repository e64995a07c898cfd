package dev.treaty.dsl;

import static dev.treaty.dsl.ContractDsl.json;
import static dev.treaty.dsl.ContractDsl.message;
import static dev.treaty.dsl.ContractDsl.regex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.treaty.contract.Category;
import dev.treaty.contract.MatchingRule;
import dev.treaty.contract.MessageInteraction;
import dev.treaty.contract.RuleGroup;
import org.junit.jupiter.api.Test;

/** Message interactions: contents with body rules, metadata with metadata rules. */
class MessageInteractionBuilderTest {

  @Test
  void contentsAndMetadataCarryTheirRules() {
    MessageInteraction interaction = message("order created").given("order 42 was placed")
        .contents(json(o -> o.integerType("orderId", 42)))
        .metadata("topic", "orders")
        .metadata("partition", regex("\\d+", "3"))
        .build();

    var message = interaction.message();
    assertThat(message.contents().bytes()).asString().isEqualTo("{\"orderId\":42}");
    assertThat(message.metadata()).containsOnlyKeys("topic", "partition", "contentType");
    assertThat(message.metadata().get("contentType").textValue()).isEqualTo("application/json");
    assertThat(message.matchingRules().get(Category.BODY)).containsOnlyKeys("$.orderId");
    assertThat(message.matchingRules().get(Category.METADATA))
        .containsEntry("partition", RuleGroup.of(new MatchingRule.Regex("\\d+")));
  }

  @Test
  void declaredContentTypeIsKept() {
    MessageInteraction interaction = message("note").contents("hi", "text/plain")
        .metadata("contentType", "text/plain; charset=utf-8").build();

    assertThat(interaction.message().metadata().get("contentType").textValue()).isEqualTo("text/plain; charset=utf-8");
  }

  @Test
  void missingContentsFails() {
    Throwable error = catchThrowable(() -> message("order created").build());

    assertThat(error).isInstanceOf(IllegalStateException.class);
    Golden.assertMatches("message-no-contents", error.getMessage());
  }
}
