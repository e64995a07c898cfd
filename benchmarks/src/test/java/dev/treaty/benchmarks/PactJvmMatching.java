package dev.treaty.benchmarks;

import au.com.dius.pact.core.matchers.Mismatch;
import au.com.dius.pact.core.matchers.ResponseMatching;
import au.com.dius.pact.core.model.ContentType;
import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.OptionalBody;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.RequestResponseInteraction;
import au.com.dius.pact.core.model.Response;
import au.com.dius.pact.core.model.UnknownPactSource;
import au.com.dius.pact.core.model.generators.Generators;
import au.com.dius.pact.core.model.matchingrules.MatchingRulesImpl;
import au.com.dius.pact.core.support.json.JsonParser;
import java.util.List;
import java.util.Map;

// pact-jvm's side of the comparison: the pact is read once with pact-jvm's own reader; each match
// wraps the raw bytes in an OptionalBody (pact-jvm parses them inside matching) and runs
// ResponseMatching.responseMismatches, the call pact-jvm's provider verifier makes.
final class PactJvmMatching {

  private static final ContentType JSON = new ContentType("application/json");
  private static final Map<String, List<String>> HEADERS =
      Map.of("Content-Type", List.of("application/json"));

  private final Response expected;

  PactJvmMatching(String pactJson) {
    Pact pact = DefaultPactReader.INSTANCE.pactFromJson(
        JsonParser.parseString(pactJson).asObject(), UnknownPactSource.INSTANCE);
    this.expected = ((RequestResponseInteraction) pact.getInteractions().get(0)).getResponse();
  }

  List<Mismatch> match(byte[] body) {
    Response actual = new Response(
        200, HEADERS, OptionalBody.body(body, JSON), new MatchingRulesImpl(), new Generators());
    return ResponseMatching.responseMismatches(expected, actual);
  }
}
