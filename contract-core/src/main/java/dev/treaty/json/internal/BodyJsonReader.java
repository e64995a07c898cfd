package dev.treaty.json.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.contract.Body;
import dev.treaty.contract.SpecVersion;
import dev.treaty.path.internal.JsonPaths;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a body or message contents: the V4 wrapper ({@code content}, {@code contentType}, {@code
 * encoded}) or a raw value, typed by the declared content type as pact-jvm and pact-rust do.
 */
final class BodyJsonReader {
  private static final Set<String> WRAPPER_FIELDS =
      Set.of("content", "contentType", "encoded", "contentTypeHint");

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final ReadContext context;

  BodyJsonReader(ReadContext context) {
    this.context = context;
  }

  /**
   * The body in {@code node} (null when the key is missing); {@code declaredType} is the content
   * type from headers or message metadata, or null.
   */
  Body read(JsonNode node, String declaredType, String path) {
    if (node == null || node.isMissingNode()) {
      return Body.missing();
    }
    if (context.version() == SpecVersion.V4 && isWrapper(node)) {
      return readWrapper(node, declaredType, path);
    }
    return readRaw(node, declaredType);
  }

  private static boolean isWrapper(JsonNode node) {
    if (!node.isObject() || !node.has("content")) {
      return false;
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      if (!WRAPPER_FIELDS.contains(names.next())) {
        return false;
      }
    }
    return true;
  }

  private Body readWrapper(JsonNode wrapper, String declaredType, String path) {
    String contentType = context.optionalText(wrapper, "contentType", path);
    if (contentType == null || contentType.isBlank()) {
      contentType = declaredType;
    }
    JsonNode content = wrapper.get("content");
    String contentPath = JsonPaths.field(path, "content");
    JsonNode encoded = wrapper.get("encoded");
    if (encoded == null || encoded.isNull() || (encoded.isBoolean() && !encoded.booleanValue())) {
      return readRaw(content, contentType);
    }
    String encoding = encoded.isBoolean() ? "base64" : encoded.asText();
    if (content.isNull()) {
      return new Body.Empty(contentType);
    }
    if (encoding.equalsIgnoreCase("base64")) {
      if (!content.isTextual()) {
        context.unexpected(contentPath, "base64 text", content);
        return Body.missing();
      }
      return Body.of(decodeBase64(content.textValue(), contentPath), contentType);
    }
    if (encoding.equalsIgnoreCase("json")) {
      return readEncodedJson(content, contentType, contentPath);
    }
    if (!encoded.isTextual()) {
      context.unexpected(JsonPaths.field(path, "encoded"), "false, \"base64\" or \"json\"", encoded);
      return Body.missing();
    }
    return readRaw(content, contentType);
  }

  private Body readEncodedJson(JsonNode content, String contentType, String path) {
    String type = contentType == null ? "application/json" : contentType;
    if (!content.isTextual()) {
      return new Body.Json(content, type);
    }
    try {
      return new Body.Json(PactJson.MAPPER.readTree(content.textValue()), type);
    } catch (JsonProcessingException e) {
      context.unexpected(path, "JSON text (encoded is \"json\")", content);
      return Body.missing();
    }
  }

  private byte[] decodeBase64(String text, String path) {
    try {
      return Base64.getDecoder().decode(WHITESPACE.matcher(text).replaceAll(""));
    } catch (IllegalArgumentException e) {
      context.unexpected(path, "base64 text", PactJson.NODES.textNode(text));
      return new byte[0];
    }
  }

  private static Body readRaw(JsonNode value, String contentType) {
    if (value.isNull()) {
      return new Body.Empty(contentType);
    }
    if (value.isTextual()) {
      return Body.of(value.textValue().getBytes(StandardCharsets.UTF_8), contentType);
    }
    return new Body.Json(value, contentType == null ? "application/json" : contentType);
  }
}
