package dev.treaty.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.contract.Body;
import dev.treaty.contract.Headers;
import dev.treaty.contract.HttpRequest;
import dev.treaty.contract.HttpResponse;
import java.util.Locale;

/** Reads the {@code request} and {@code response} objects of HTTP interactions. */
public final class HttpJsonReader {
  private final ReadContext context;
  private final HttpPartsJsonReader parts;
  private final BodyJsonReader bodies;
  private final MatchingRulesJsonReader rules;
  private final GeneratorsJsonReader generators;

  public HttpJsonReader(ReadContext context) {
    this.context = context;
    this.parts = new HttpPartsJsonReader(context);
    this.bodies = new BodyJsonReader(context);
    this.rules = new MatchingRulesJsonReader(context);
    this.generators = new GeneratorsJsonReader(context);
  }

  public HttpRequest request(JsonNode node, String path) {
    ObjectNode request = context.object(node, path);
    String method = context.partial() && !request.has("method")
        ? "GET"
        : context.requiredText(request, "method", path);
    String requestPath = context.partial() && !request.has("path")
        ? "/"
        : context.requiredText(request, "path", path);
    Headers headers = parts.headers(request.get("headers"), JsonPaths.field(path, "headers"));
    return new HttpRequest(
        method.toUpperCase(Locale.ROOT),
        requestPath,
        parts.query(request.get("query"), JsonPaths.field(path, "query")),
        headers,
        body(request, headers, path),
        rules.read(request.get("matchingRules"), JsonPaths.field(path, "matchingRules")),
        generators.read(request.get("generators"), JsonPaths.field(path, "generators")));
  }

  public HttpResponse response(JsonNode node, String path) {
    ObjectNode response = context.object(node, path);
    int status = context.partial() && !response.has("status") ? 200 : status(response, path);
    Headers headers = parts.headers(response.get("headers"), JsonPaths.field(path, "headers"));
    return new HttpResponse(
        status,
        headers,
        body(response, headers, path),
        rules.read(response.get("matchingRules"), JsonPaths.field(path, "matchingRules")),
        generators.read(response.get("generators"), JsonPaths.field(path, "generators")));
  }

  private Body body(ObjectNode parent, Headers headers, String path) {
    return bodies.read(parent.get("body"), headers.first("Content-Type"), JsonPaths.field(path, "body"));
  }

  private int status(ObjectNode response, String path) {
    String statusPath = JsonPaths.field(path, "status");
    JsonNode node = response.get("status");
    int status;
    if (node != null && node.isIntegralNumber() && node.canConvertToInt()) {
      status = node.intValue();
    } else if (node != null && node.isTextual() && node.textValue().trim().matches("\\d{1,9}")) {
      status = Integer.parseInt(node.textValue().trim());
    } else {
      throw context.unexpected(statusPath, "a status code (a number)", node);
    }
    if (status < 100 || status > 599) {
      throw context.fail(statusPath, "expected a status code from 100 to 599, got " + status);
    }
    return status;
  }
}
