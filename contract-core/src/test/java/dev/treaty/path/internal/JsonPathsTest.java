package dev.treaty.path.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonPathsTest {

  @Test
  void identifierFieldsUseDotsAndOthersUseQuotedBrackets() {
    assertThat(JsonPaths.field("$", "consumer")).isEqualTo("$.consumer");
    assertThat(JsonPaths.field("$.body", "$.items[*].id")).isEqualTo("$.body['$.items[*].id']");
    assertThat(JsonPaths.field("$", "it's")).isEqualTo("$['it\\'s']");
  }

  @Test
  void parentUndoesFieldAndIndex() {
    String rules = JsonPaths.field(JsonPaths.index("$.interactions", 3), "matchingRules");
    String quoted = JsonPaths.field(JsonPaths.field(rules, "body"), "$.a['b'].c");

    assertThat(JsonPaths.parent(quoted)).isEqualTo("$.interactions[3].matchingRules.body");
    assertThat(JsonPaths.parent(rules)).isEqualTo("$.interactions[3]");
    assertThat(JsonPaths.parent("$.interactions[3]")).isEqualTo("$.interactions");
    assertThat(JsonPaths.parent("$.interactions")).isEqualTo("$");
    assertThat(JsonPaths.parent("$")).isNull();
  }
}
