package dev.treaty.broker.internal.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.internal.api.ApiException;
import dev.treaty.broker.internal.api.JsonTrees;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * Writes every error the same way: problem-details fields ({@code type}, {@code title},
 * {@code status}, {@code detail}) and the {@code errors} object or list that Pact clients print.
 * The content type is {@code application/problem+json} when the client asks for it, else
 * {@code application/hal+json} (Pact clients only parse errors with a JSON type they know).
 */
public final class ErrorResponses {
  private ErrorResponses() {}

  public static void write(Context ctx, ApiException e) {
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
    String accept = ctx.header("Accept");
    String type = accept != null && accept.contains("application/problem+json")
        ? "application/problem+json"
        : Json.HAL_JSON;
    ctx.status(e.status()).contentType(type).result(Json.write(body));
  }
}
