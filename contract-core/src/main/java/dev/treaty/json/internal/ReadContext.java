package dev.treaty.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.contract.SpecVersion;
import dev.treaty.json.ContractParseException;

/**
 * Where reading happens (the source and spec version) plus typed field access that reports every
 * problem as a {@link ContractParseException} with its JSON path and the bad value.
 *
 * @param partial whether missing request/response fields take Pact defaults (method GET, path
 *     "/", status 200), as for the partial objects of conformance cases
 */
public record ReadContext(String source, SpecVersion version, boolean partial) {
  private static final int MAX_VALUE_LENGTH = 60;

  public ContractParseException fail(String path, String problem) {
    return new ContractParseException(source, path, problem);
  }

  /** A problem "expected {what}, got {the value}". */
  public ContractParseException unexpected(String path, String what, JsonNode actual) {
    return fail(path, "expected " + what + ", got " + describe(actual));
  }

  /** The object at {@code path}; fails when {@code node} is anything else. */
  public ObjectNode object(JsonNode node, String path) {
    if (node instanceof ObjectNode object) {
      return object;
    }
    throw unexpected(path, "an object", node);
  }

  /** The string field {@code name} of {@code parent}; fails when missing or not a string. */
  public String requiredText(JsonNode parent, String name, String path) {
    JsonNode value = parent.get(name);
    if (value == null || !value.isTextual()) {
      throw unexpected(JsonPaths.field(path, name), "a string", value);
    }
    return value.textValue();
  }

  /** The string field {@code name}, or null when missing or null; fails on other types. */
  public String optionalText(JsonNode parent, String name, String path) {
    JsonNode value = parent.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw unexpected(JsonPaths.field(path, name), "a string", value);
    }
    return value.textValue();
  }

  /** The integer field {@code name}, or null when missing or null; numeric strings are accepted. */
  public Integer optionalInt(JsonNode parent, String name, String path) {
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
        // reported below
      }
    }
    throw unexpected(JsonPaths.field(path, name), "an integer", value);
  }

  /** A JSON value as shown in messages: a JSON literal, shortened; "nothing" when missing. */
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
