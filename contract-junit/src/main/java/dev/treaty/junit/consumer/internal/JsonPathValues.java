package dev.treaty.junit.consumer.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces the values at a generator's JSON path ({@code $.links.self}, {@code $.items[*].href},
 * {@code $['a b'][0]}) in a copy of a document, so the mock can answer with generated values.
 */
final class JsonPathValues {
  private static final Pattern SEGMENT = Pattern.compile(
      "\\.([^.\\[\\]]+)|\\['((?:[^'\\\\]|\\\\.)*)'\\]|\\[(\\d+)\\]|\\[\\*\\]");

  private JsonPathValues() {}

  /** A copy of {@code document} with every value at {@code path} replaced by {@code change}. */
  static JsonNode replace(JsonNode document, String path, UnaryOperator<JsonNode> change) {
    List<String> segments = segments(path);
    if (segments == null) {
      return document;
    }
    if (segments.isEmpty()) {
      return change.apply(document);
    }
    JsonNode copy = document.deepCopy();
    replaceIn(copy, segments, 0, change);
    return copy;
  }

  private static void replaceIn(JsonNode node, List<String> segments, int index, UnaryOperator<JsonNode> change) {
    String segment = segments.get(index);
    boolean last = index == segments.size() - 1;
    if (node instanceof ObjectNode object) {
      List<String> names = new ArrayList<>();
      if (segment.equals("*")) {
        object.fieldNames().forEachRemaining(names::add);
      } else if (object.has(segment)) {
        names.add(segment);
      }
      for (String name : names) {
        if (last) {
          object.set(name, change.apply(object.get(name)));
        } else {
          replaceIn(object.get(name), segments, index + 1, change);
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        if (segment.equals("*") || segment.equals(String.valueOf(i))) {
          if (last) {
            array.set(i, change.apply(array.get(i)));
          } else {
            replaceIn(array.get(i), segments, index + 1, change);
          }
        }
      }
    }
  }

  /** The segments of {@code path}; null when it is not a path this class understands. */
  private static List<String> segments(String path) {
    if (!path.startsWith("$")) {
      return null;
    }
    List<String> segments = new ArrayList<>();
    Matcher matcher = SEGMENT.matcher(path);
    int position = 1;
    while (position < path.length()) {
      if (!matcher.find(position) || matcher.start() != position) {
        return null;
      }
      if (matcher.group(1) != null) {
        segments.add(matcher.group(1));
      } else if (matcher.group(2) != null) {
        segments.add(matcher.group(2).replace("\\'", "'").replace("\\\\", "\\"));
      } else {
        segments.add(matcher.group(3) != null ? matcher.group(3) : "*");
      }
      position = matcher.end();
    }
    return segments;
  }
}
