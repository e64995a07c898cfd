package dev.treaty.junit.consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.contract.Body;
import dev.treaty.contract.Message;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * The example of an expected message, as a consumer test hands it to its message handler: the
 * contents as bytes, text, JSON or an object, and the metadata.
 */
public record ExampleMessage(Message message) {
  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

  public ExampleMessage {
    Objects.requireNonNull(message, "message");
  }

  /** The contents as bytes (UTF-8 for text). */
  public byte[] bytes() {
    return message.contents().bytes();
  }

  /** The contents as text. */
  public String text() {
    return new String(bytes(), StandardCharsets.UTF_8);
  }

  /**
   * The contents as a JSON tree (read-only).
   *
   * @throws IllegalStateException when the contents are not JSON
   */
  public JsonNode json() {
    if (message.contents() instanceof Body.Json json) {
      return json.value();
    }
    throw new IllegalStateException("message contents are not JSON but "
        + message.contents().contentType() + "; use text() or bytes()");
  }

  /** The JSON contents converted by Jackson to {@code type}, such as a record of the consumer. */
  public <T> T as(Class<T> type) {
    return MAPPER.convertValue(json(), type);
  }

  /** The metadata, such as {@code contentType} or a topic (read-only JSON values). */
  public Map<String, JsonNode> metadata() {
    return message.metadata();
  }
}
