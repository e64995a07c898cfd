package dev.treaty.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.contract.Body;
import dev.treaty.contract.Headers;
import dev.treaty.contract.HttpRequest;
import dev.treaty.contract.HttpResponse;
import dev.treaty.path.internal.JsonPaths;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads the {@code request} and {@code response} objects of HTTP interactions. */
public final class HttpJsonReader {
  private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
  private static final Pattern STATUS_TEXT = Pattern.compile("\\d{1,9}");
  private static final Wording REQUEST =
      Wording.of("request is", "an object", "add \"request\": {\"method\": \"GET\", \"path\": \"/\"}");
  private static final Wording RESPONSE = Wording.of("response is", "an object", "add \"response\": {\"status\": 200}");
  private static final Wording METHOD = new Wording("method is", "a string",
      "add \"method\": \"GET\"", "write the method as a string such as \"GET\"");
  private static final Wording PATH = new Wording("path is", "a string",
      "add \"path\": \"/\"", "write the path as a string starting with /, such as \"/orders/42\"");

  private final ReadContext context;
  private final Problems problems;
  private final HttpPartsJsonReader parts;
  private final BodyJsonReader bodies;
  private final MatchingRulesJsonReader rules;
  private final GeneratorsJsonReader generators;

  public HttpJsonReader(ReadContext context) {
    this.context = context;
    this.problems = context.problems();
    this.parts = new HttpPartsJsonReader(context);
    this.bodies = new BodyJsonReader(context);
    this.rules = new MatchingRulesJsonReader(context);
    this.generators = new GeneratorsJsonReader(context);
  }

  /** The request at {@code path}; null when it is not an object. */
  public HttpRequest request(JsonNode node, String path) {
    ObjectNode request = context.object(node, path, REQUEST);
    if (request == null) {
      return null;
    }
    String method = context.partial() && !request.has("method") ? "GET" : method(request, path);
    String requestPath = context.partial() && !request.has("path") ? "/" : path(request, path);
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

  /** The response at {@code path}; null when it is not an object. */
  public HttpResponse response(JsonNode node, String path) {
    ObjectNode response = context.object(node, path, RESPONSE);
    if (response == null) {
      return null;
    }
    int status = context.partial() && !response.has("status") ? 200 : status(response, path);
    Headers headers = parts.headers(response.get("headers"), JsonPaths.field(path, "headers"));
    return new HttpResponse(
        status,
        headers,
        body(response, headers, path),
        rules.read(response.get("matchingRules"), JsonPaths.field(path, "matchingRules")),
        generators.read(response.get("generators"), JsonPaths.field(path, "generators")));
  }

  private String method(ObjectNode request, String path) {
    String method = context.requiredText(request, "method", path, METHOD);
    if (method == null) {
      return "GET";
    }
    if (!TOKEN.matcher(method).matches()) {
      problems.note(JsonPaths.field(path, "method"), "method " + request.get("method")
          + " is not an HTTP method name", "write a method name without spaces, such as \"GET\"");
    }
    return method;
  }

  private String path(ObjectNode request, String path) {
    String requestPath = context.requiredText(request, "path", path, PATH);
    if (requestPath == null) {
      return "/";
    }
    if (!requestPath.startsWith("/")) {
      problems.note(JsonPaths.field(path, "path"), "path " + request.get("path") + " does not start with /",
          "write \"/" + requestPath + "\"");
    }
    return requestPath;
  }

  private Body body(ObjectNode parent, Headers headers, String path) {
    return bodies.read(parent.get("body"), headers.first("Content-Type"), JsonPaths.field(path, "body"));
  }

  /** The status; what the reader refuses and what only the validator minds are found separately. */
  private int status(ObjectNode response, String path) {
    String statusPath = JsonPaths.field(path, "status");
    JsonNode node = response.get("status");
    if (node == null) {
      problems.reject(statusPath, ReadContext.expected("a status code (a number)", null),
          Problems.missingMessage("status"), "add \"status\": 200");
      return 200;
    }
    String refusal = null;
    int status = 200;
    if (node.isIntegralNumber() && node.canConvertToInt()) {
      status = node.intValue();
    } else if (node.isTextual() && STATUS_TEXT.matcher(node.textValue().trim()).matches()) {
      status = Integer.parseInt(node.textValue().trim());
    } else {
      refusal = ReadContext.expected("a status code (a number)", node);
    }
    if (refusal == null && (status < 100 || status > 599)) {
      refusal = "expected a status code from 100 to 599, got " + status;
      status = 200;
    }
    String message = null;
    String hint = null;
    if (node.isTextual() && node.textValue().matches("\\d{3}")) {
      message = "status is " + Problems.describe(node);
      hint = "write the status as a number: " + node.textValue();
    } else if (!node.isIntegralNumber()) {
      message = "status is " + Problems.describe(node) + ", expected an integer";
      hint = "write the status as a number such as 200";
    } else if (node.asLong() < 100 || node.asLong() > 599) {
      message = "status " + node + " is outside 100-599";
      hint = "use an HTTP status code between 100 and 599";
    }
    problems.found(statusPath, refusal, message, hint);
    return status;
  }
}
