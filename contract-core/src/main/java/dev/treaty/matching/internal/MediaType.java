package dev.treaty.matching.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A parsed media type with parameters; exists to compare {@code Content-Type} values like Pact. */
record MediaType(String type, Map<String, String> parameters) {

  static MediaType parse(String value) {
    return parse(value, true);
  }

  /** Parses a media type; the type is lower-cased only when {@code ignoreCase}. */
  static MediaType parse(String value, boolean ignoreCase) {
    String[] parts = value.split(";");
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].trim();
      int eq = p.indexOf('=');
      if (eq > 0) {
        String v = p.substring(eq + 1).trim();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
          v = v.substring(1, v.length() - 1);
        }
        params.put(p.substring(0, eq).trim().toLowerCase(Locale.ROOT), v);
      }
    }
    String type = parts[0].trim();
    return new MediaType(ignoreCase ? type.toLowerCase(Locale.ROOT) : type, params);
  }

  /** Same type, and every parameter of this one present in {@code actual} with the same value. */
  boolean accepts(MediaType actual) {
    if (!type.equals(actual.type)) {
      return false;
    }
    for (Map.Entry<String, String> p : parameters.entrySet()) {
      String v = actual.parameters.get(p.getKey());
      if (v == null) {
        return false;
      }
      boolean same = p.getKey().equals("charset") ? v.equalsIgnoreCase(p.getValue()) : v.equals(p.getValue());
      if (!same) {
        return false;
      }
    }
    return true;
  }
}
