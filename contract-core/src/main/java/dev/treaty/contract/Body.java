package dev.treaty.contract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.contract.internal.BodyParser;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * The body of a request, response or message, typed by its content.
 *
 * <p>{@link Missing} means the contract does not say anything about the body (any body is
 * accepted); {@link Empty} means there must be no content ({@code "body": null} or {@code ""} in
 * pact files). JSON trees are shared, not copied: treat them as read-only.
 */
public sealed interface Body {

  /** The content type declared for this body, or null when none is known. */
  String contentType();

  /** The body as bytes, as it would travel over HTTP (UTF-8 for text). */
  byte[] bytes();

  /** The body is not specified. */
  static Body missing() {
    return Missing.INSTANCE;
  }

  /** A JSON body with content type {@code application/json}. */
  static Body json(JsonNode value) {
    return new Json(value, "application/json");
  }

  /** A plain text body with content type {@code text/plain}. */
  static Body text(String text) {
    return new Text(text, "text/plain");
  }

  /**
   * A body from raw bytes and their content type (which may be null): JSON and XML types are
   * parsed, {@code text/*} becomes text, anything else stays binary. Content that does not parse
   * as its declared type is kept as text, so the matcher can report it.
   */
  static Body of(byte[] bytes, String contentType) {
    return BodyParser.parse(bytes, contentType);
  }

  /** Whether this body carries content (not missing and not empty). */
  default boolean isPresent() {
    return !(this instanceof Missing) && !(this instanceof Empty);
  }

  /** No body is specified; anything is accepted. */
  record Missing() implements Body {
    static final Missing INSTANCE = new Missing();

    @Override
    public String contentType() {
      return null;
    }

    @Override
    public byte[] bytes() {
      return new byte[0];
    }
  }

  /** A body that must have no content. */
  record Empty(String contentType) implements Body {
    @Override
    public byte[] bytes() {
      return new byte[0];
    }
  }

  /** A JSON document (any JSON value, including a bare string or number). */
  record Json(JsonNode value, String contentType) implements Body {
    public Json {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public byte[] bytes() {
      return value.toString().getBytes(StandardCharsets.UTF_8);
    }
  }

  /** An XML document, kept as text. */
  record Xml(String xml, String contentType) implements Body {
    public Xml {
      Objects.requireNonNull(xml, "xml");
    }

    @Override
    public byte[] bytes() {
      return xml.getBytes(StandardCharsets.UTF_8);
    }
  }

  /** Text of any other textual content type. */
  record Text(String text, String contentType) implements Body {
    public Text {
      Objects.requireNonNull(text, "text");
    }

    @Override
    public byte[] bytes() {
      return text.getBytes(StandardCharsets.UTF_8);
    }
  }

  /** Bytes of a binary content type, written to pact files as base64. */
  record Binary(byte[] content, String contentType) implements Body {
    public Binary {
      content = content.clone();
    }

    @Override
    public byte[] content() {
      return content.clone();
    }

    @Override
    public byte[] bytes() {
      return content.clone();
    }

    /** The content as base64, as written in V4 pact files. */
    public String base64() {
      return Base64.getEncoder().encodeToString(content);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Binary b
          && Arrays.equals(content, b.content)
          && Objects.equals(contentType, b.contentType);
    }

    @Override
    public int hashCode() {
      return 31 * Arrays.hashCode(content) + Objects.hashCode(contentType);
    }

    @Override
    public String toString() {
      return "Binary[" + content.length + " bytes, contentType=" + contentType + "]";
    }
  }
}
