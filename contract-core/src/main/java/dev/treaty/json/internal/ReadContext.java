package dev.treaty.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.contract.SpecVersion;
import dev.treaty.path.internal.JsonPaths;

/**
 * Where reading happens (the spec version, the collector of problems) plus typed field access that
 * reports a bad value to {@link Problems} with its JSON path and goes on: a method that finds a
 * problem returns null, and its caller skips what it cannot build.
 *
 * @param partial whether missing request/response fields take Pact defaults (method GET, path
 *     "/", status 200), as for the partial objects of conformance cases
 */
public record ReadContext(Problems problems, SpecVersion version, boolean partial) {
  private static final int MAX_VALUE_LENGTH = 60;

  /** The reader's text for a bad value: "expected {what}, got {the value}". */
  static String expected(String what, JsonNode actual) {
    return "expected " + what + ", got " + describe(actual);
  }

  /** Refuses the value at {@code path}; the validator reports the same text. */
  void unexpected(String path, String what, JsonNode actual) {
    problems.reject(path, expected(what, actual));
  }

  /** The object at {@code path}, or null (refused) when {@code node} is anything else. */
  ObjectNode object(JsonNode node, String path) {
    if (node instanceof ObjectNode object) {
      return object;
    }
    unexpected(path, "an object", node);
    return null;
  }

  /** The object at {@code path}, or null (refused in the reader's words and in {@code wording}). */
  ObjectNode object(JsonNode node, String path, Wording wording) {
    if (node instanceof ObjectNode object) {
      return object;
    }
    refuse(path, "an object", node, wording);
    return null;
  }

  /** The object field {@code name} of {@code parent}, or null (refused) when missing or another type. */
  ObjectNode requiredObject(JsonNode parent, String name, String path, Wording wording) {
    JsonNode value = parent.get(name);
    if (value instanceof ObjectNode object) {
      return object;
    }
    refuse(JsonPaths.field(path, name), "an object", value, wording);
    return null;
  }

  /** The string field {@code name} of {@code parent}; null (refused) when missing or not a string. */
  String requiredText(JsonNode parent, String name, String path) {
    JsonNode value = parent.get(name);
    if (value == null || !value.isTextual()) {
      unexpected(JsonPaths.field(path, name), "a string", value);
      return null;
    }
    return value.textValue();
  }

  /** {@link #requiredText} with the validator's {@code wording} of the problem. */
  String requiredText(JsonNode parent, String name, String path, Wording wording) {
    JsonNode value = parent.get(name);
    if (value == null || !value.isTextual()) {
      refuse(JsonPaths.field(path, name), "a string", value, wording);
      return null;
    }
    return value.textValue();
  }

  /** The string field {@code name}, or null when missing, null or refused (another type). */
  String optionalText(JsonNode parent, String name, String path) {
    return optionalText(parent, name, path, null);
  }

  /** {@link #optionalText} with the validator's {@code wording} of a value that is not a string. */
  String optionalText(JsonNode parent, String name, String path, Wording wording) {
    JsonNode value = parent.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      String fieldPath = JsonPaths.field(path, name);
      if (wording == null) {
        unexpected(fieldPath, "a string", value);
      } else {
        refuse(fieldPath, "a string", value, wording);
      }
      return null;
    }
    return value.textValue();
  }

  /**
   * The integer field {@code name}, or null when missing, null or refused; numeric strings are
   * accepted. {@code noted}: the validator has already noted every value refused here.
   */
  Integer optionalInt(JsonNode parent, String name, String path, boolean noted) {
    JsonNode value = parent.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isIntegralNumber() && value.canConvertToInt()) {
      return value.intValue();
    }
    if (value.isTextual()) {
      try {
        return Integer.valueOf(value.textValue().trim());
      } catch (NumberFormatException e) {
        // refused below
      }
    }
    String fieldPath = JsonPaths.field(path, name);
    if (noted) {
      problems.rejectNoted(fieldPath, expected("an integer", value));
    } else {
      unexpected(fieldPath, "an integer", value);
    }
    return null;
  }

  /** Refuses the value at {@code path} (null: missing) in the reader's words and in {@code wording}. */
  void refuse(String path, String what, JsonNode value, Wording wording) {
    String message = value == null
        ? Problems.missingMessage(path.substring(path.lastIndexOf('.') + 1))
        : wording.wrong(value);
    problems.reject(path, expected(what, value), message,
        value == null ? wording.missingHint() : wording.wrongHint());
  }

  /** A JSON value as shown in the reader's messages: a JSON literal, shortened; "nothing" when missing. */
  public static String describe(JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return "nothing";
    }
    String text = value.toString();
    if (text.length() > MAX_VALUE_LENGTH) {
      text = text.substring(0, MAX_VALUE_LENGTH - 3) + "...";
    }
    if (value.isObject()) {
      return "an object " + text;
    }
    if (value.isArray()) {
      return "an array " + text;
    }
    return text;
  }
}
