package dev.treaty.verify.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.treaty.contract.Body;
import dev.treaty.contract.Category;
import dev.treaty.contract.Generator;
import dev.treaty.contract.Headers;
import dev.treaty.contract.HttpRequest;
import dev.treaty.contract.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies a request's generators (path, query, headers, JSON body) to build the request that is
 * actually sent, with provider-state values for {@code ProviderState} generators.
 */
final class RequestGenerators {
  private RequestGenerators() {}

  static HttpRequest apply(HttpRequest request, Map<String, JsonNode> values) throws GeneratorException {
    if (request.generators().isEmpty()) {
      return request;
    }
    HttpRequest out = request;
    Generator path = request.generators().get(Category.PATH).get("");
    if (path != null) {
      String generated = text(GeneratedValues.generate(path, TextNode.valueOf(request.path()), values));
      out = new HttpRequest(out.method(), generated, out.query(), out.headers(), out.body(),
          out.matchingRules(), out.generators());
    }
    out = out.withQuery(query(out.query(), request.generators().get(Category.QUERY), values));
    out = out.withHeaders(headers(out.headers(), request.generators().get(Category.HEADER), values));
    return out.withBody(body(out.body(), request.generators().get(Category.BODY), values));
  }

  private static Query query(Query query, Map<String, Generator> generators, Map<String, JsonNode> values)
      throws GeneratorException {
    if (generators.isEmpty()) {
      return query;
    }
    Map<String, List<String>> parameters = new LinkedHashMap<>(query.parameters());
    for (Map.Entry<String, Generator> e : generators.entrySet()) {
      String name = e.getKey().startsWith("$.") ? e.getKey().substring(2) : e.getKey();
      List<String> current = parameters.getOrDefault(name, List.of(""));
      List<String> generated = new ArrayList<>();
      for (String value : current) {
        generated.add(text(GeneratedValues.generate(e.getValue(), TextNode.valueOf(value), values)));
      }
      parameters.put(name, generated);
    }
    return new Query(parameters);
  }

  private static Headers headers(Headers headers, Map<String, Generator> generators, Map<String, JsonNode> values)
      throws GeneratorException {
    Headers out = headers;
    for (Map.Entry<String, Generator> e : generators.entrySet()) {
      String name = e.getKey().startsWith("$.") ? e.getKey().substring(2) : e.getKey();
      String current = headers.first(name);
      JsonNode example = TextNode.valueOf(current == null ? "" : current);
      out = out.with(name, text(GeneratedValues.generate(e.getValue(), example, values)));
    }
    return out;
  }

  private static Body body(Body body, Map<String, Generator> generators, Map<String, JsonNode> values)
      throws GeneratorException {
    if (generators.isEmpty() || !(body instanceof Body.Json json)) {
      return body;
    }
    JsonNode tree = json.value();
    for (Map.Entry<String, Generator> e : generators.entrySet()) {
      Generator generator = e.getValue();
      tree = BodyPaths.replace(tree, e.getKey(), current -> GeneratedValues.generate(generator, current, values));
    }
    return new Body.Json(tree, json.contentType());
  }

  private static String text(JsonNode node) {
    return node == null ? "" : node.isTextual() ? node.textValue() : node.toString();
  }
}
