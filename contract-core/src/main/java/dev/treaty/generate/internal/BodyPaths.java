package dev.treaty.generate.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.path.internal.JsonPathSegments;
import dev.treaty.path.internal.JsonPathSegments.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Replaces the values at a generator's body path ({@code $.id}, {@code $.items[*].id}, {@code
 * $['a b'][0]}) in a JSON tree; exists because generators write where matching rules only read.
 */
public final class BodyPaths {
  private BodyPaths() {}

  /** Returns {@code root} with every value at {@code path} replaced; unknown paths change nothing. */
  public static JsonNode replace(JsonNode root, String path, UnaryOperator<JsonNode> replacement) {
    List<Segment> segments;
    try {
      segments = JsonPathSegments.parse(path);
    } catch (JsonPathSegments.MalformedPathException e) {
      return root;
    }
    if (segments.isEmpty()) {
      return replacement.apply(root);
    }
    JsonNode copy = root.deepCopy();
    walk(copy, segments, 0, replacement);
    return copy;
  }

  // A segment matches a field or an element by its text, as Pact tools write generator paths
  // loosely: ".0" may name element 0 and "[0]" a field called "0".
  private static boolean matches(Segment segment, String key) {
    return segment.kind() == Segment.Kind.ANY || segment.name().equals(key);
  }

  private static void walk(JsonNode node, List<Segment> segments, int i, UnaryOperator<JsonNode> replacement) {
    Segment segment = segments.get(i);
    boolean last = i == segments.size() - 1;
    if (node instanceof ObjectNode object) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        if (matches(segment, name)) {
          if (last) {
            object.set(name, replacement.apply(object.get(name)));
          } else {
            walk(object.get(name), segments, i + 1, replacement);
          }
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int index = 0; index < array.size(); index++) {
        if (matches(segment, String.valueOf(index))) {
          if (last) {
            array.set(index, replacement.apply(array.get(index)));
          } else {
            walk(array.get(index), segments, i + 1, replacement);
          }
        }
      }
    }
  }
}
