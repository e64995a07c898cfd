package dev.treaty.broker.internal.selection;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.internal.api.JsonTrees;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the query string of {@code GET .../for-verification} (the Pact Broker's older form,
 * Rack nested parameters such as {@code consumer_version_selectors[][tag]=prod}, snake_case or
 * camelCase) into the JSON body the POST takes, so both go through one parser and validator.
 * A {@code [][key]} starts a new selector when the current one already has that key.
 */
final class ForVerificationQuery {
  private static final Set<String> BOOLEANS = Set.of("mainBranch", "matchingBranch", "latest", "deployed", "released",
      "deployedOrReleased", "includePendingStatus");

  private ForVerificationQuery() {}

  static ObjectNode toBody(String rawQuery) {
    ObjectNode body = JsonTrees.MAPPER.createObjectNode();
    if (rawQuery == null || rawQuery.isBlank()) {
      return body;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      String[] kv = pair.split("=", 2);
      String key = decode(kv[0]);
      String value = kv.length > 1 ? decode(kv[1]) : "";
      add(body, key, value);
    }
    return body;
  }

  private static void add(ObjectNode body, String key, String value) {
    int bracket = key.indexOf('[');
    String name = camel(bracket < 0 ? key : key.substring(0, bracket));
    String rest = bracket < 0 ? "" : key.substring(bracket);
    if (name.equals(FieldErrors.SELECTORS) && rest.startsWith("[][") && rest.endsWith("]")) {
      String field = camel(rest.substring(3, rest.length() - 1));
      ArrayNode selectors = body.has(name) && body.get(name).isArray() ? (ArrayNode) body.get(name) : body.putArray(name);
      ObjectNode last = selectors.isEmpty() ? null : (ObjectNode) selectors.get(selectors.size() - 1);
      if (last == null || last.has(field)) {
        last = selectors.addObject();
      }
      put(last, field, value);
    } else if (rest.equals("[]")) {
      ArrayNode values = body.has(name) && body.get(name).isArray() ? (ArrayNode) body.get(name) : body.putArray(name);
      values.add(value);
    } else {
      put(body, name, value);
    }
  }

  private static void put(ObjectNode target, String field, String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    if (BOOLEANS.contains(field) && (lower.equals("true") || lower.equals("false"))) {
      target.put(field, Boolean.parseBoolean(lower));
    } else {
      target.put(field, value);
    }
  }

  /** {@code provider_version_tags} becomes {@code providerVersionTags}. */
  static String camel(String name) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : name.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }
}
