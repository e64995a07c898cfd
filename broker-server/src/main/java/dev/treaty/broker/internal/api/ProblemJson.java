package dev.treaty.broker.internal.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * The one writer of the broker's error bodies, wherever they are sent from (a route, or admission
 * control in front of the routes): problem-details fields ({@code type}, {@code title},
 * {@code status}, {@code detail}) and the {@code errors} object or list that Pact clients print.
 * The content type is {@code application/problem+json} when the client asks for it, else
 * {@code application/hal+json} (Pact clients only parse errors with a JSON type they know).
 */
public final class ProblemJson {
  private static final String PROBLEM_JSON = "application/problem+json";

  private ProblemJson() {}

  /** The content type for a request whose {@code Accept} header is {@code accept} (may be null). */
  public static String contentType(String accept) {
    return accept != null && accept.contains(PROBLEM_JSON) ? PROBLEM_JSON : Hal.JSON_TYPE;
  }

  /** The JSON text of the error body for {@code e}. */
  public static String body(ApiException e) {
    ObjectNode body = JsonTrees.MAPPER.createObjectNode();
    body.put("type", "about:blank");
    body.put("title", e.title());
    body.put("status", e.status());
    body.put("detail", e.detail());
    if (e.fieldErrors().isEmpty()) {
      body.putArray("errors").add(e.detail());
    } else {
      ObjectNode errors = body.putObject("errors");
      for (Map.Entry<String, List<String>> field : e.fieldErrors().entrySet()) {
        ArrayNode messages = errors.putArray(field.getKey());
        field.getValue().forEach(messages::add);
      }
    }
    if (!e.notices().isEmpty()) {
      ArrayNode notices = body.putArray("notices");
      e.notices().forEach(n -> {
        ObjectNode notice = notices.addObject();
        n.forEach(notice::put);
      });
    }
    return JsonTrees.write(body);
  }
}
