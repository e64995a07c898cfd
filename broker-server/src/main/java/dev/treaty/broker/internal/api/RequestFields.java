package dev.treaty.broker.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads typed fields from a JSON request body and collects every problem under the field's path
 * ({@code contracts[0].providerName}), so one 400 lists all of them. Every string is held to
 * {@link FieldLimits} for its key. Call {@link #throwIfAny()} before using what was read.
 */
public final class RequestFields {
  private final Map<String, List<String>> errors = new LinkedHashMap<>();

  /** A required non-blank string, or null (with an error recorded). */
  public String requiredString(JsonNode parent, String key, String field) {
    JsonNode node = parent.get(key);
    if (node == null || node.isNull()) {
      add(field, "is required");
      return null;
    }
    String value = string(node, key, field);
    if (value != null && value.isBlank()) {
      add(field, "must not be blank");
      return null;
    }
    return value;
  }

  /** An optional string: null when absent or JSON null. */
  public String optionalString(JsonNode parent, String key, String field) {
    JsonNode node = parent.get(key);
    return node == null || node.isNull() ? null : string(node, key, field);
  }

  /** An optional boolean: null when absent. */
  public Boolean optionalBoolean(JsonNode parent, String key, String field) {
    JsonNode node = parent.get(key);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isBoolean()) {
      add(field, "must be a boolean (true or false), got " + JsonTrees.kind(node));
      return null;
    }
    return node.booleanValue();
  }

  /** An optional array of at most {@link FieldLimits#LIST_ENTRIES} strings: empty when absent. */
  public List<String> optionalStrings(JsonNode parent, String key, String field) {
    JsonNode node = parent.get(key);
    List<String> values = new ArrayList<>();
    if (node == null || node.isNull()) {
      return values;
    }
    if (!node.isArray()) {
      add(field, "must be an array of strings, got " + JsonTrees.kind(node));
      return values;
    }
    if (node.size() > FieldLimits.LIST_ENTRIES) {
      add(field, "has " + node.size() + " entries; at most " + FieldLimits.LIST_ENTRIES + " allowed");
      return values;
    }
    for (int i = 0; i < node.size(); i++) {
      String value = string(node.get(i), key, field + "[" + i + "]");
      if (value != null && value.isBlank()) {
        add(field + "[" + i + "]", "must not be blank");
      } else if (value != null) {
        values.add(value);
      }
    }
    return values;
  }

  public void add(String field, String message) {
    errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** 400 naming every field with a problem, if any. */
  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw ApiException.invalidFields(errors);
    }
  }

  private String string(JsonNode node, String key, String field) {
    if (!node.isTextual()) {
      add(field, "must be a string, got " + JsonTrees.kind(node));
      return null;
    }
    String value = node.textValue();
    Optional<String> problem = FieldLimits.problem(value, FieldLimits.ofBodyField(key));
    if (problem.isPresent()) {
      add(field, problem.get());
      return null;
    }
    return value;
  }
}
