package dev.treaty.dsl.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.json.internal.JsonPaths;
import java.util.ArrayList;
import java.util.List;

/**
 * A path into a DSL example document: {@code $.lines[*].sku}, {@code lines[0].sku} or
 * {@code $['x-id']} (the leading {@code $} is optional). Finds the values it names, so a body built
 * from an example can have some of them replaced, and gives the canonical path its rules are kept
 * under.
 */
public final class ExamplePath {
  private static final String STAR = "*";
  private final List<String> segments; // field names, decimal indexes "[n]", or "[*]"
  private final String canonical;

  private ExamplePath(List<String> segments, String canonical) {
    this.segments = segments;
    this.canonical = canonical;
  }

  /** Parses {@code text}; a malformed path is an {@link IllegalArgumentException} naming it. */
  public static ExamplePath parse(String text) {
    String s = text.strip();
    if (s.startsWith("$")) {
      s = s.substring(1);
    } else if (!s.isEmpty() && s.charAt(0) != '[') {
      s = "." + s;
    }
    List<String> segments = new ArrayList<>();
    String canonical = "$";
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '.') {
        int end = i + 1;
        while (end < s.length() && s.charAt(end) != '.' && s.charAt(end) != '[') {
          end++;
        }
        String name = s.substring(i + 1, end);
        if (name.isEmpty()) {
          throw malformed(text, "an empty field name");
        }
        segments.add(name);
        canonical = JsonPaths.field(canonical, name);
        i = end;
      } else if (c == '[') {
        int close = s.indexOf(']', i);
        if (close < 0) {
          throw malformed(text, "a '[' without ']'");
        }
        String inside = s.substring(i + 1, close).strip();
        if (inside.length() >= 2 && (inside.startsWith("'") && inside.endsWith("'")
            || inside.startsWith("\"") && inside.endsWith("\""))) {
          String name = inside.substring(1, inside.length() - 1);
          segments.add(name);
          canonical = JsonPaths.field(canonical, name);
        } else if (inside.equals(STAR)) {
          segments.add("[*]");
          canonical = canonical + "[*]";
        } else if (inside.matches("\\d+")) {
          segments.add("[" + Integer.parseInt(inside) + "]");
          canonical = JsonPaths.index(canonical, Integer.parseInt(inside));
        } else {
          throw malformed(text, "'[" + inside + "]' (use [n], [*] or ['name'])");
        }
        i = close + 1;
      } else {
        throw malformed(text, "'" + c + "' at position " + i);
      }
    }
    if (segments.isEmpty()) {
      throw malformed(text, "no field or index; the whole body cannot be replaced");
    }
    return new ExamplePath(List.copyOf(segments), canonical);
  }

  /** The path as rules and generators are keyed: {@code $.lines[*].sku}. */
  public String canonical() {
    return canonical;
  }

  /** Whether {@code path} is this path or lies below it. */
  public boolean covers(String path) {
    return path.equals(canonical) || path.startsWith(canonical + ".") || path.startsWith(canonical + "[");
  }

  /**
   * Replaces every value this path names in {@code document} (changed in place) with a copy of
   * {@code value}; a path that names nothing is an {@link IllegalArgumentException} saying where
   * it stopped and what was there.
   */
  public void replace(JsonNode document, JsonNode value) {
    List<JsonNode> parents = List.of(document);
    String at = "$";
    for (int s = 0; s < segments.size() - 1; s++) {
      parents = step(parents, segments.get(s), at);
      at = append(at, segments.get(s));
    }
    String last = segments.get(segments.size() - 1);
    for (JsonNode parent : parents) {
      set(parent, last, at, value);
    }
  }

  private List<JsonNode> step(List<JsonNode> nodes, String segment, String at) {
    List<JsonNode> next = new ArrayList<>();
    for (JsonNode node : nodes) {
      if (segment.equals("[*]")) {
        requireArray(node, at);
        node.forEach(next::add);
      } else if (segment.startsWith("[")) {
        requireArray(node, at);
        next.add(element(node, segment, at));
      } else {
        requireObject(node, at, segment);
        next.add(node.get(segment));
      }
    }
    if (next.isEmpty()) {
      throw new IllegalArgumentException("no value at " + append(at, segment) + " in the example (the array "
          + at + " is empty) for path " + canonical);
    }
    return next;
  }

  private void set(JsonNode parent, String segment, String at, JsonNode value) {
    if (segment.equals("[*]")) {
      requireArray(parent, at);
      if (parent.isEmpty()) {
        throw new IllegalArgumentException("no value at " + at + "[*] in the example (the array " + at
            + " is empty) for path " + canonical);
      }
      for (int i = 0; i < parent.size(); i++) {
        ((ArrayNode) parent).set(i, value.deepCopy());
      }
    } else if (segment.startsWith("[")) {
      requireArray(parent, at);
      element(parent, segment, at);
      ((ArrayNode) parent).set(Integer.parseInt(segment.substring(1, segment.length() - 1)), value.deepCopy());
    } else {
      requireObject(parent, at, segment);
      ((ObjectNode) parent).set(segment, value.deepCopy());
    }
  }

  private JsonNode element(JsonNode array, String segment, String at) {
    int index = Integer.parseInt(segment.substring(1, segment.length() - 1));
    if (index >= array.size()) {
      throw new IllegalArgumentException("no element " + index + " at " + at + " in the example (it has "
          + array.size() + ") for path " + canonical);
    }
    return array.get(index);
  }

  private void requireArray(JsonNode node, String at) {
    if (!node.isArray()) {
      throw new IllegalArgumentException(at + " in the example is " + kind(node) + ", not an array, for path "
          + canonical);
    }
  }

  private void requireObject(JsonNode node, String at, String field) {
    if (!node.isObject()) {
      throw new IllegalArgumentException(at + " in the example is " + kind(node) + ", not an object, for path "
          + canonical);
    }
    if (!node.has(field)) {
      List<String> names = new ArrayList<>();
      node.properties().forEach(property -> names.add(property.getKey()));
      throw new IllegalArgumentException("no field '" + field + "' at " + at + " in the example for path "
          + canonical + " (its fields: " + String.join(", ", names) + ")");
    }
  }

  private static String append(String at, String segment) {
    return segment.startsWith("[") ? at + segment : JsonPaths.field(at, segment);
  }

  private static String kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case OBJECT -> "an object";
      case ARRAY -> "an array";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  private static IllegalArgumentException malformed(String text, String problem) {
    return new IllegalArgumentException("malformed body path '" + text + "': " + problem);
  }
}
