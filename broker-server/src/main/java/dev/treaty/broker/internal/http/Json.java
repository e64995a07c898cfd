package dev.treaty.broker.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.internal.api.ApiException;
import dev.treaty.broker.internal.api.Hal;
import dev.treaty.broker.internal.api.JsonTrees;
import io.javalin.http.Context;

/** JSON in and out of routes: the body as an object (415/400 with the reason) and HAL replies. */
public final class Json {
  private Json() {}

  /**
   * The request body as a JSON object. An empty body is {@code {}} (some Pact clients send none on
   * PUT); a non-JSON content type is 415; malformed JSON or a non-object is 400 naming the problem.
   */
  public static ObjectNode objectBody(Context ctx) {
    byte[] bytes = ctx.bodyAsBytes();
    if (bytes.length == 0 || isBlank(bytes)) {
      return JsonTrees.MAPPER.createObjectNode();
    }
    requireJsonContentType(ctx);
    JsonNode node;
    try {
      node = JsonTrees.MAPPER.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw ApiException.invalidField("body", "is not valid JSON: " + e.getOriginalMessage()
          + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
    } catch (java.io.IOException e) {
      throw ApiException.invalidField("body", "cannot be read: " + e.getMessage());
    }
    if (!(node instanceof ObjectNode object)) {
      throw ApiException.invalidField("body", "must be a JSON object, got " + JsonTrees.kind(node));
    }
    return object;
  }

  /** 415 unless the request says its body is JSON ({@code application/json}, {@code +json}). */
  public static void requireJsonContentType(Context ctx) {
    String type = ctx.header("Content-Type");
    if (type == null) {
      return; // lenient: some clients send JSON without a type
    }
    String base = type.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
    if (!(base.equals("application/json") || base.endsWith("+json"))) {
      throw ApiException.of(415, "Unsupported media type",
          "Content-Type must be application/json, got " + type);
    }
  }

  /** Answers {@code status} with {@code body} as HAL JSON. */
  public static void reply(Context ctx, int status, JsonNode body) {
    replyWritten(ctx, status, JsonTrees.write(body));
  }

  /** Answers {@code status} with HAL JSON already written (a large answer is serialised once). */
  public static void replyWritten(Context ctx, int status, String json) {
    ctx.status(status).contentType(Hal.JSON_TYPE).result(json);
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }
}
