package dev.treaty.broker.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.broker.testing.BrokerHttp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every endpoint of a running broker, read from the OpenAPI document it serves
 * ({@code GET /openapi.json}), never listed by hand: a route added to the broker is fuzzed as soon as
 * it is documented, and {@code OpenApiDocumentTest} fails until it is. {@code FuzzCoverageTest}
 * checks this list against the route table itself.
 */
final class EndpointInventory {
  private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");

  private EndpointInventory() {}

  static List<Endpoint> of(BrokerHttp http) {
    BrokerHttp.Reply reply = http.get("/openapi.json");
    if (reply.status() != 200) {
      throw new IllegalStateException("GET /openapi.json answered " + reply.status() + ": " + reply.body());
    }
    return parse(reply.json());
  }

  /** The endpoints of an OpenAPI document as the broker serves it ({@code OpenApiDocument.served()}). */
  static List<Endpoint> parse(JsonNode served) {
    List<Endpoint> endpoints = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : served.get("paths").properties()) {
      for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
        if (METHODS.contains(operation.getKey())) {
          boolean body = operation.getValue().has("requestBody");
          endpoints.add(new Endpoint(operation.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(), body));
        }
      }
    }
    endpoints.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
    return List.copyOf(endpoints);
  }
}
