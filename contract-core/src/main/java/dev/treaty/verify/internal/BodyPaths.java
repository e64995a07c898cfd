package dev.treaty.verify.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Replaces the values at a generator's body path ({@code $.id}, {@code $.items[*].id}, {@code
 * $['a b'][0]}) in a JSON tree; exists because generators write where matching rules only read.
 */
final class BodyPaths {
  private BodyPaths() {}

  /** A function from the current value at a location to its replacement. */
  interface Replacement {
    JsonNode replace(JsonNode current) throws GeneratorException;
  }

  /** Returns {@code root} with every value at {@code path} replaced; unknown paths change nothing. */
  static JsonNode replace(JsonNode root, String path, Replacement replacement) throws GeneratorException {
    List<String> tokens = tokens(path);
    if (tokens == null) {
      return root;
    }
    if (tokens.isEmpty()) {
      return replacement.replace(root);
    }
    JsonNode copy = root.deepCopy();
    walk(copy, tokens, 0, replacement);
    return copy;
  }

  private static void walk(JsonNode node, List<String> tokens, int i, Replacement replacement)
      throws GeneratorException {
    String token = tokens.get(i);
    boolean last = i == tokens.size() - 1;
    if (node instanceof ObjectNode object) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        if (token.equals("*") || token.equals(name)) {
          if (last) {
            object.set(name, replacement.replace(object.get(name)));
          } else {
            walk(object.get(name), tokens, i + 1, replacement);
          }
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int index = 0; index < array.size(); index++) {
        if (token.equals("*") || token.equals(String.valueOf(index))) {
          if (last) {
            array.set(index, replacement.replace(array.get(index)));
          } else {
            walk(array.get(index), tokens, i + 1, replacement);
          }
        }
      }
    }
  }

  /** The tokens after {@code $} (field names, indexes as text, {@code *}); null when invalid. */
  static List<String> tokens(String path) {
    String p = path.trim();
    if (!p.startsWith("$")) {
      p = "$." + p;
    }
    List<String> tokens = new ArrayList<>();
    int i = 1;
    while (i < p.length()) {
      char c = p.charAt(i);
      if (c == '.') {
        int end = i + 1;
        while (end < p.length() && p.charAt(end) != '.' && p.charAt(end) != '[') {
          end++;
        }
        tokens.add(p.substring(i + 1, end));
        i = end;
      } else if (c == '[') {
        int close = p.indexOf(']', i);
        if (close < 0) {
          return null;
        }
        String inner = p.substring(i + 1, close).trim();
        if (inner.startsWith("'") && inner.endsWith("'") && inner.length() >= 2) {
          inner = inner.substring(1, inner.length() - 1);
        }
        tokens.add(inner);
        i = close + 1;
      } else {
        return null;
      }
    }
    return tokens;
  }
}
