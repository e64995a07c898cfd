package dev.treaty.broker.internal.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.JsonLimits;
import dev.treaty.broker.internal.api.ApiException;
import dev.treaty.broker.internal.api.Hal;
import dev.treaty.broker.internal.api.JsonTrees;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.PushbackInputStream;

/** JSON in and out of routes: the body as an object (415/400 with the reason) and HAL replies. */
public final class Json {
  private Json() {}

  /**
   * The request body as a JSON object, parsed as it streams in ({@link RequestBody}). An empty or
   * blank body is {@code {}} (some Pact clients send none on PUT); a non-JSON content type is 415;
   * malformed JSON, JSON past the {@link JsonLimits} or a non-object is 400 naming the problem.
   */
  public static ObjectNode objectBody(Context ctx) {
    PushbackInputStream body = new PushbackInputStream(RequestBody.stream(ctx), 1);
    if (isBlank(body)) {
      return JsonTrees.MAPPER.createObjectNode();
    }
    requireJsonContentType(ctx);
    JsonNode node;
    try {
      node = JsonTrees.MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null || at.getLineNr() < 1 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
      throw ApiException.invalidField("body", "is not valid JSON: " + JsonLimits.describe(e) + where);
    } catch (IOException e) {
      throw ApiException.invalidField("body", "cannot be read: " + e.getMessage());
    }
    JsonLimits.firstNumberOutOfRange(node).ifPresent(path -> {
      throw ApiException.invalidField("body", "is not valid JSON: " + JsonLimits.numberOutOfRange(path));
    });
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
    ctx.status(status).contentType(Hal.JSON_TYPE).result(JsonTrees.writeBytes(body));
  }

  /** Answers {@code status} with HAL JSON already written (a large answer is serialised once). */
  public static void replyWritten(Context ctx, int status, String json) {
    ctx.status(status).contentType(Hal.JSON_TYPE).result(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** Whether nothing but JSON whitespace is left; the first other byte stays to be read. */
  private static boolean isBlank(PushbackInputStream body) {
    try {
      for (int b = body.read(); b >= 0; b = body.read()) {
        if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
          body.unread(b);
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      throw ApiException.invalidField("body", "cannot be read: " + e.getMessage());
    }
  }
}
