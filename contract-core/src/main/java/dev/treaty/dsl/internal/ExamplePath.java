package dev.treaty.dsl.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.path.internal.JsonPathSegments;
import dev.treaty.path.internal.JsonPathSegments.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A path into a DSL example document: {@code $.lines[*].sku}, {@code lines[0].sku} or
 * {@code $['x id']} (the leading {@code $} is optional). Finds the values it names, so a body built
 * from an example can have some of them replaced, and gives the canonical path its rules are kept
 * under.
 */
public final class ExamplePath {
  private final List<Segment> segments;
  private final String canonical;

  private ExamplePath(List<Segment> segments, String canonical) {
    this.segments = segments;
    this.canonical = canonical;
  }

  /** Parses {@code text}; a malformed path is an {@link IllegalArgumentException} naming it. */
  public static ExamplePath parse(String text) {
    List<Segment> segments;
    try {
      segments = JsonPathSegments.parse(text);
    } catch (JsonPathSegments.MalformedPathException e) {
      throw malformed(text, e.getMessage());
    }
    if (segments.isEmpty()) {
      throw malformed(text, "no field or index; the whole body cannot be replaced");
    }
    if (segments.stream().anyMatch(s -> s.kind() == Segment.Kind.ANY && s.name().equals("*"))) {
      throw malformed(text, "'.*' (name the field; use [*] for every element of an array)");
    }
    return new ExamplePath(List.copyOf(segments), JsonPathSegments.format(segments));
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
    for (Segment segment : segments.subList(0, segments.size() - 1)) {
      List<JsonNode> next = new ArrayList<>();
      for (JsonNode parent : parents) {
        children(parent, segment, at).forEach(i -> next.add(child(parent, segment, i)));
      }
      at = JsonPathSegments.append(at, segment);
      parents = next;
    }
    Segment last = segments.get(segments.size() - 1);
    for (JsonNode parent : parents) {
      for (int i : children(parent, last, at)) {
        if (parent instanceof ArrayNode array) {
          array.set(i, value.deepCopy());
        } else {
          ((ObjectNode) parent).set(last.name(), value.deepCopy());
        }
      }
    }
  }

  /** The positions {@code segment} names in {@code node} (array indexes; one entry for a field). */
  private List<Integer> children(JsonNode node, Segment segment, String at) {
    switch (segment.kind()) {
      case FIELD -> {
        if (!node.isObject()) {
          throw new IllegalArgumentException(at + " in the example is " + kind(node) + ", not an object, for path "
              + canonical);
        }
        if (!node.has(segment.name())) {
          List<String> names = new ArrayList<>();
          node.properties().forEach(property -> names.add(property.getKey()));
          throw new IllegalArgumentException("no field '" + segment.name() + "' at " + at
              + " in the example for path " + canonical + " (its fields: " + String.join(", ", names) + ")");
        }
        return List.of(0);
      }
      case INDEX -> {
        requireArray(node, at);
        if (segment.index() >= node.size()) {
          throw new IllegalArgumentException("no element " + segment.index() + " at " + at
              + " in the example (it has " + node.size() + ") for path " + canonical);
        }
        return List.of(segment.index());
      }
      default -> {
        requireArray(node, at);
        if (node.isEmpty()) {
          throw new IllegalArgumentException("no value at " + at + "[*] in the example (the array " + at
              + " is empty) for path " + canonical);
        }
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
          all.add(i);
        }
        return all;
      }
    }
  }

  private static JsonNode child(JsonNode node, Segment segment, int position) {
    return segment.kind() == Segment.Kind.FIELD ? node.get(segment.name()) : node.get(position);
  }

  private void requireArray(JsonNode node, String at) {
    if (!node.isArray()) {
      throw new IllegalArgumentException(at + " in the example is " + kind(node) + ", not an array, for path "
          + canonical);
    }
  }

  private static String kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case OBJECT -> "an object";
      case ARRAY -> "an array";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
    };
  }

  private static IllegalArgumentException malformed(String text, String problem) {
    return new IllegalArgumentException("malformed body path '" + text + "': " + problem);
  }
}
