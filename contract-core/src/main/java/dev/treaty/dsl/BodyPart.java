package dev.treaty.dsl;

import dev.treaty.contract.Body;
import dev.treaty.contract.Generators;
import dev.treaty.contract.MatchingRules;

/** A body with its rules and generators, as a request, response or message builder holds it. */
record BodyPart(Body body, String contentType, MatchingRules rules, Generators generators) {
  static final BodyPart NONE = new BodyPart(Body.missing(), null, MatchingRules.EMPTY, Generators.EMPTY);

  static BodyPart of(JsonBody json) {
    return new BodyPart(json.body(), "application/json",
        json.addRulesTo(MatchingRules.EMPTY), json.addGeneratorsTo(Generators.EMPTY));
  }

  static BodyPart of(Body body, String contentType) {
    return new BodyPart(body, contentType, MatchingRules.EMPTY, Generators.EMPTY);
  }
}
