package dev.treaty.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;

/** Checks the request and response of an HTTP interaction: method, path, query, headers, status. */
final class HttpPartsCheck {
  private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

  private final Problems problems;
  private final MatchingRulesCheck rules;

  HttpPartsCheck(Problems problems, MatchingRulesCheck rules) {
    this.problems = problems;
    this.rules = rules;
  }

  void checkRequest(JsonNode interaction, String parent) {
    JsonNode request = requireObject(interaction, parent, "request",
        "add \"request\": {\"method\": \"GET\", \"path\": \"/\"}");
    if (request == null) {
      return;
    }
    String path = JsonPaths.field(parent, "request");
    checkMethod(request.get("method"), path);
    checkPath(request.get("path"), path);
    checkQuery(request.get("query"), JsonPaths.field(path, "query"));
    checkHeaders(request.get("headers"), JsonPaths.field(path, "headers"));
    checkRules(request, path);
  }

  void checkResponse(JsonNode interaction, String parent) {
    JsonNode response = requireObject(interaction, parent, "response", "add \"response\": {\"status\": 200}");
    if (response == null) {
      return;
    }
    String path = JsonPaths.field(parent, "response");
    checkStatus(response.get("status"), path);
    checkHeaders(response.get("headers"), JsonPaths.field(path, "headers"));
    checkRules(response, path);
  }

  private void checkMethod(JsonNode method, String request) {
    if (method == null) {
      problems.missing(request, "method", "add \"method\": \"GET\"");
    } else if (!method.isTextual()) {
      problems.add(JsonPaths.field(request, "method"), "method is " + Problems.describe(method)
          + ", expected a string", "write the method as a string such as \"GET\"");
    } else if (!TOKEN.matcher(method.asText()).matches()) {
      problems.add(JsonPaths.field(request, "method"), "method " + method
          + " is not an HTTP method name", "write a method name without spaces, such as \"GET\"");
    }
  }

  private void checkPath(JsonNode path, String request) {
    if (path == null) {
      problems.missing(request, "path", "add \"path\": \"/\"");
    } else if (!path.isTextual()) {
      problems.add(JsonPaths.field(request, "path"), "path is " + Problems.describe(path)
          + ", expected a string", "write the path as a string starting with /, such as \"/orders/42\"");
    } else if (!path.asText().startsWith("/")) {
      problems.add(JsonPaths.field(request, "path"), "path " + path + " does not start with /",
          "write \"/" + path.asText() + "\"");
    }
  }

  private void checkStatus(JsonNode status, String response) {
    String path = JsonPaths.field(response, "status");
    if (status == null) {
      problems.missing(response, "status", "add \"status\": 200");
    } else if (status.isTextual() && status.asText().matches("\\d{3}")) {
      problems.add(path, "status is " + Problems.describe(status),
          "write the status as a number: " + status.asText());
    } else if (!status.isIntegralNumber()) {
      problems.add(path, "status is " + Problems.describe(status) + ", expected an integer",
          "write the status as a number such as 200");
    } else if (status.asLong() < 100 || status.asLong() > 599) {
      problems.add(path, "status " + status + " is outside 100-599",
          "use an HTTP status code between 100 and 599");
    }
  }

  private void checkQuery(JsonNode query, String path) {
    if (query == null || !query.isTextual()) {
      checkNamedValues(query, path, "query", "query parameter", "[\"value\"]");
    }
  }

  private void checkHeaders(JsonNode headers, String path) {
    checkNamedValues(headers, path, "headers", "header", "\"value\"");
  }

  /** Query and headers: an object of name to a string or an array of strings. */
  private void checkNamedValues(JsonNode object, String path, String field, String what, String example) {
    if (object == null || object.isNull()) {
      return;
    }
    if (!object.isObject()) {
      problems.add(path, field + " is " + Problems.describe(object) + ", expected an object",
          "write the " + field + " as {\"name\": " + example + "}");
      return;
    }
    object.fields().forEachRemaining(e -> checkValues(e.getValue(), JsonPaths.field(path, e.getKey()),
        what, "write {\"" + e.getKey() + "\": " + example + "}"));
  }

  private void checkValues(JsonNode value, String path, String what, String hint) {
    boolean valid = value.isTextual() || value.isArray() && allStrings(value);
    if (!valid) {
      problems.add(path, what + " value is " + Problems.describe(value)
          + ", expected a string or an array of strings", hint);
    }
  }

  private static boolean allStrings(JsonNode array) {
    for (JsonNode element : array) {
      if (!element.isTextual()) {
        return false;
      }
    }
    return true;
  }

  private void checkRules(JsonNode part, String path) {
    if (part.has("matchingRules")) {
      rules.check(part.get("matchingRules"), JsonPaths.field(path, "matchingRules"));
    }
  }

  private JsonNode requireObject(JsonNode parent, String path, String field, String hint) {
    JsonNode value = parent.get(field);
    if (value == null) {
      problems.missing(path, field, hint);
      return null;
    }
    if (!value.isObject()) {
      problems.add(JsonPaths.field(path, field), field + " is " + Problems.describe(value)
          + ", expected an object", hint);
      return null;
    }
    return value;
  }
}
