package dev.treaty.json.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.contract.Headers;
import dev.treaty.contract.HttpRequest;
import dev.treaty.contract.HttpResponse;
import dev.treaty.contract.Query;
import dev.treaty.contract.SpecVersion;
import java.util.List;
import java.util.Map;

/**
 * Writes the {@code request} and {@code response} objects of HTTP interactions. V3 header values
 * are strings (several values joined with ", ", as the V3 specification has it); V4 values are
 * lists.
 */
final class HttpJsonWriter {
  private final SpecVersion version;
  private final BodyJsonWriter bodies;
  private final MatchingRulesJsonWriter rules = new MatchingRulesJsonWriter("body");
  private final GeneratorsJsonWriter generators = new GeneratorsJsonWriter("body");

  HttpJsonWriter(SpecVersion version) {
    this.version = version;
    this.bodies = new BodyJsonWriter(version);
  }

  ObjectNode request(HttpRequest request) {
    ObjectNode node = PactJson.NODES.objectNode();
    node.put("method", request.method());
    node.put("path", request.path());
    query(node, request.query());
    headers(node, request.headers());
    bodies.write(node, "body", request.body());
    rules.write(node, "matchingRules", request.matchingRules());
    generators.write(node, "generators", request.generators());
    return node;
  }

  ObjectNode response(HttpResponse response) {
    ObjectNode node = PactJson.NODES.objectNode();
    node.put("status", response.status());
    headers(node, response.headers());
    bodies.write(node, "body", response.body());
    rules.write(node, "matchingRules", response.matchingRules());
    generators.write(node, "generators", response.generators());
    return node;
  }

  private static void query(ObjectNode parent, Query query) {
    if (query.isEmpty()) {
      return;
    }
    ObjectNode node = parent.putObject("query");
    query.parameters().forEach((name, values) -> list(node.putArray(name), values));
  }

  private void headers(ObjectNode parent, Headers headers) {
    if (headers.isEmpty()) {
      return;
    }
    ObjectNode node = parent.putObject("headers");
    for (Map.Entry<String, List<String>> header : headers.values().entrySet()) {
      if (version == SpecVersion.V4) {
        list(node.putArray(header.getKey()), header.getValue());
      } else {
        node.put(header.getKey(), String.join(", ", header.getValue()));
      }
    }
  }

  private static void list(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
