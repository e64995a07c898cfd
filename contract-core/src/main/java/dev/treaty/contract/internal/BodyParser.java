package dev.treaty.contract.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.contract.Body;
import java.nio.charset.StandardCharsets;

/** Turns bytes with a content type into a typed {@link Body}; backs {@link Body#of}. */
public final class BodyParser {
  private static final ObjectMapper MAPPER = JsonMappers.DATA;

  private BodyParser() {}

  public static Body parse(byte[] bytes, String contentType) {
    if (bytes == null || bytes.length == 0) {
      return new Body.Empty(contentType);
    }
    if (contentType == null) {
      return guess(bytes);
    }
    if (ContentTypes.isJson(contentType)) {
      String text = new String(bytes, StandardCharsets.UTF_8);
      try {
        return new Body.Json(MAPPER.readTree(text), contentType);
      } catch (JsonProcessingException e) {
        return new Body.Text(text, contentType);
      }
    }
    if (ContentTypes.isXml(contentType)) {
      return new Body.Xml(new String(bytes, StandardCharsets.UTF_8), contentType);
    }
    if (ContentTypes.isText(contentType)) {
      return new Body.Text(new String(bytes, StandardCharsets.UTF_8), contentType);
    }
    return new Body.Binary(bytes, contentType);
  }

  private static Body guess(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    String trimmed = text.stripLeading();
    if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
      try {
        return new Body.Json(MAPPER.readTree(text), "application/json");
      } catch (JsonProcessingException e) {
        return new Body.Text(text, "text/plain");
      }
    }
    if (trimmed.startsWith("<")) {
      return new Body.Xml(text, "application/xml");
    }
    return new Body.Text(text, "text/plain");
  }
}
