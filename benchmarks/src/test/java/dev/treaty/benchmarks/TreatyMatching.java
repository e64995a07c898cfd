package dev.treaty.benchmarks;

import dev.treaty.contract.Body;
import dev.treaty.contract.Headers;
import dev.treaty.contract.HttpResponse;
import dev.treaty.json.PactReader;
import dev.treaty.matching.MatchResult;
import dev.treaty.matching.MatchingEngine;

// Treaty's side of the comparison: the contract is read once; each match builds the actual response
// from raw bytes (parsing the JSON), as a provider verification would, and runs the engine.
final class TreatyMatching {

  private static final String JSON = "application/json";
  private static final Headers HEADERS = Headers.of("Content-Type", JSON);

  private final MatchingEngine engine = MatchingEngine.create();
  private final HttpResponse expected;

  TreatyMatching(String pactJson, String source) {
    this.expected = PactReader.read(pactJson, source).httpInteractions().get(0).response();
  }

  MatchResult match(byte[] body) {
    HttpResponse actual = new HttpResponse(200, HEADERS, Body.of(body, JSON), null, null);
    return engine.matchResponse(expected, actual);
  }
}
