package dev.treaty.broker.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.internal.api.ApiException;
import dev.treaty.broker.internal.api.Hal;
import dev.treaty.broker.internal.api.JsonTrees;
import io.javalin.http.Context;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

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

  /**
   * The body as text in the charset its {@code Content-Type} names (UTF-8 when it names none); 415
   * for a type that is not JSON or a charset the broker cannot decode.
   */
  public static String text(Context ctx) {
    requireJsonContentType(ctx);
    return new String(ctx.bodyAsBytes(), charset(ctx.header("Content-Type")));
  }

  private static Charset charset(String type) {
    if (type == null) {
      return StandardCharsets.UTF_8;
    }
    for (String parameter : type.split(";")) {
      String[] kv = parameter.split("=", 2);
      if (kv.length == 2 && kv[0].trim().equalsIgnoreCase("charset")) {
        String name = kv[1].trim();
        String unquoted = name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"") ? name.substring(1, name.length() - 1) : name;
        try {
          return Charset.forName(unquoted);
        } catch (IllegalArgumentException e) {
          throw ApiException.of(415, "Unsupported media type",
              "Content-Type names a charset the broker cannot decode: '" + name + "'; send UTF-8 (charset=utf-8 or none)");
        }
      }
    }
    return StandardCharsets.UTF_8;
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
    ctx.status(status).contentType(Hal.JSON_TYPE).result(JsonTrees.write(body));
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
