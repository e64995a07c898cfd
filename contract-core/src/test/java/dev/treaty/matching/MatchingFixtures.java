package dev.treaty.matching;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.contract.Body;
import dev.treaty.contract.Category;
import dev.treaty.contract.HttpRequest;
import dev.treaty.contract.HttpResponse;
import dev.treaty.contract.MatchingRule;
import dev.treaty.contract.MatchingRules;
import dev.treaty.contract.RuleGroup;
import java.io.UncheckedIOException;

/** Builds model values for matching tests without the JSON reader. */
final class MatchingFixtures {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private MatchingFixtures() {}

  static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text.replace('\'', '"'));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static HttpResponse response(String body) {
    return HttpResponse.of(200).withBody(Body.json(json(body)));
  }

  static HttpRequest request(String body) {
    return HttpRequest.of("POST", "/orders").withBody(Body.json(json(body)));
  }

  static MatchingRules bodyRule(String path, MatchingRule... rules) {
    return MatchingRules.EMPTY.with(Category.BODY, path, RuleGroup.of(rules));
  }

  static MatchingRules rule(Category category, String path, MatchingRule... rules) {
    return MatchingRules.EMPTY.with(category, path, RuleGroup.of(rules));
  }
}
