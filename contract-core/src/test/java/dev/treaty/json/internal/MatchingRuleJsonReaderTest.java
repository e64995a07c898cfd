package dev.treaty.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.contract.MatchingRule;
import dev.treaty.contract.SpecVersion;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one reader of matchers knows every rule type of the model by its name. */
class MatchingRuleJsonReaderTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void everyKnownRuleTypeIsReadBackByItsNameWithoutAProblem() throws Exception {
    List<String> names = Arrays.stream(MatchingRule.class.getPermittedSubclasses())
        .filter(type -> type != MatchingRule.Unknown.class)
        .map(MatchingRuleJsonReaderTest::nameOf)
        .toList();
    assertThat(names).hasSize(MatchingRule.class.getPermittedSubclasses().length - 1);

    for (String name : names) {
      JsonNode matcher = MAPPER.readTree("""
          {"match": "%s", "regex": "x", "value": "x", "format": "yyyy", "rules": [],
           "variants": [], "status": "success"}""".formatted(name));
      Problems problems = new Problems("p.json", null);
      ReadContext context = new ReadContext(problems, SpecVersion.V4, false);
      MatchingRule rule = new MatchingRuleJsonReader(context, new MatchingRulesJsonReader(context),
          new GeneratorsJsonReader(context)).read(matcher, "$");

      assertThat(rule).as(name).isNotInstanceOf(MatchingRule.Unknown.class);
      assertThat(rule.name()).as(name).isEqualTo(name);
      assertThat(problems.reported()).as(name).isEmpty();
    }
  }

  private static String nameOf(Class<?> type) {
    try {
      var constructor = type.getDeclaredConstructors()[0];
      Object[] args = new Object[constructor.getParameterCount()];
      for (int i = 0; i < args.length; i++) {
        Class<?> p = constructor.getParameterTypes()[i];
        args[i] = p == String.class ? "x" : p == List.class ? List.of() : p == int.class ? 0 : null;
      }
      return ((MatchingRule) constructor.newInstance(args)).name();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(type + " cannot be built for its name", e);
    }
  }
}
