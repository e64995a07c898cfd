package dev.treaty.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.contract.Category;
import dev.treaty.contract.HttpResponse;
import dev.treaty.contract.MatchingRule;
import dev.treaty.contract.SpecVersion;
import dev.treaty.json.PactReader;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The validator's list of matcher names and the reader's interpretation never drift apart. */
class MatcherNamesAgreementTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void everyNameTheValidatorAcceptsIsReadAsAKnownRule() throws Exception {
    for (String name : MatcherCheck.NAMES) {
      JsonNode response = MAPPER.readTree("""
          {"status": 200, "matchingRules": {"body": {"$.a": {"matchers": [
            {"match": "%s", "regex": "x", "value": "x", "format": "yyyy", "rules": [],
             "variants": [], "status": "success"}]}}}}""".formatted(name));

      HttpResponse read = PactReader.readResponse(response, SpecVersion.V4);

      MatchingRule rule = read.matchingRules().get(Category.BODY).get("$.a").rules().get(0);
      assertThat(rule).as(name).isNotInstanceOf(MatchingRule.Unknown.class);
    }
  }

  @Test
  void everyKnownRuleTypeHasANameTheValidatorAccepts() {
    Arrays.stream(MatchingRule.class.getPermittedSubclasses())
        .filter(type -> type != MatchingRule.Unknown.class)
        .map(MatcherNamesAgreementTest::nameOf)
        .forEach(name -> assertThat(MatcherCheck.NAMES).as("validator names").contains(name));
  }

  private static String nameOf(Class<?> type) {
    try {
      var constructor = type.getDeclaredConstructors()[0];
      Object[] args = new Object[constructor.getParameterCount()];
      for (int i = 0; i < args.length; i++) {
        Class<?> p = constructor.getParameterTypes()[i];
        args[i] = p == String.class ? "x" : p == java.util.List.class ? java.util.List.of() : p == int.class ? 0 : null;
      }
      return ((MatchingRule) constructor.newInstance(args)).name();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(type + " cannot be built for its name", e);
    }
  }
}
