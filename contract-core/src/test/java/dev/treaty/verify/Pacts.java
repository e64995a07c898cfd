package dev.treaty.verify;

import dev.treaty.contract.Contract;
import dev.treaty.json.PactReader;

/** Small pacts for verifier tests, written as V3/V4 JSON and read with the real reader. */
final class Pacts {
  private Pacts() {}

  static Contract v3(String interactionsJson) {
    return PactReader.read("""
        {"consumer": {"name": "order-web"}, "provider": {"name": "order-service"},
         "interactions": %s,
         "metadata": {"pactSpecification": {"version": "3.0.0"}}}
        """.formatted(interactionsJson), "test.json");
  }

  static Contract v4(String interactionsJson) {
    return PactReader.read("""
        {"consumer": {"name": "order-events"}, "provider": {"name": "order-service"},
         "interactions": %s,
         "metadata": {"pactSpecification": {"version": "4.0"}}}
        """.formatted(interactionsJson), "test.json");
  }

  /** GET /orders/42 answered by 200 {"id": 42, "total": 12.5} with number type rules. */
  static final String GET_ORDER = """
      {"description": "get order 42",
       "providerStates": [{"name": "order 42 exists", "params": {"id": 42}}],
       "request": {"method": "GET", "path": "/orders/42"},
       "response": {"status": 200, "headers": {"Content-Type": "application/json"},
         "body": {"id": 42, "total": 12.5},
         "matchingRules": {"body": {"$.total": {"matchers": [{"match": "decimal"}]}}}}}
      """;

  /** GET /health answered by 200 without a body, no states. */
  static final String HEALTH = """
      {"description": "health check",
       "request": {"method": "GET", "path": "/health"},
       "response": {"status": 200}}
      """;
}
