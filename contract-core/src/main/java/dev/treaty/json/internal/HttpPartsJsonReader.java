package dev.treaty.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.contract.Headers;
import dev.treaty.contract.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads headers and query parameters in every form Pact tools write: a query string or a map, and
 * values as one string or a list of strings.
 */
final class HttpPartsJsonReader {
  private final ReadContext context;

  HttpPartsJsonReader(ReadContext context) {
    this.context = context;
  }

  Headers headers(JsonNode node, String path) {
    if (node == null || node.isNull()) {
      return Headers.EMPTY;
    }
    return new Headers(valueLists(node, path, "a header value (a string or a list of strings)"));
  }

  Query query(JsonNode node, String path) {
    if (node == null || node.isNull()) {
      return Query.EMPTY;
    }
    if (node.isTextual()) {
      return Query.parse(node.textValue());
    }
    return new Query(valueLists(node, path, "a query value (a string or a list of strings)"));
  }

  private Map<String, List<String>> valueLists(JsonNode node, String path, String what) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    context.object(node, path).fields().forEachRemaining(
        entry -> {
          String valuePath = JsonPaths.field(path, entry.getKey());
          values.put(entry.getKey(), valueList(entry.getValue(), valuePath, what));
        });
    return values;
  }

  private List<String> valueList(JsonNode value, String path, String what) {
    if (value.isArray()) {
      List<String> list = new ArrayList<>();
      for (int i = 0; i < value.size(); i++) {
        list.add(scalar(value.get(i), JsonPaths.index(path, i), what));
      }
      return list;
    }
    return List.of(scalar(value, path, what));
  }

  private String scalar(JsonNode value, String path, String what) {
    if (value.isTextual()) {
      return value.textValue();
    }
    if (value.isNumber() || value.isBoolean()) {
      return value.asText();
    }
    if (value.isNull()) {
      return "";
    }
    throw context.unexpected(path, what, value);
  }
}
