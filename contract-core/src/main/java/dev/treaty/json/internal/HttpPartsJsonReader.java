package dev.treaty.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.contract.Headers;
import dev.treaty.contract.Query;
import dev.treaty.path.internal.JsonPaths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads headers and query parameters in every form Pact tools write: a query string or a map, and
 * values as one string or a list of strings (the validator asks for strings only).
 */
final class HttpPartsJsonReader {
  private static final Part HEADERS = new Part("headers", "header", "\"value\"",
      "a header value (a string or a list of strings)");
  private static final Part QUERY = new Part("query", "query parameter", "[\"value\"]",
      "a query value (a string or a list of strings)");

  private final ReadContext context;

  HttpPartsJsonReader(ReadContext context) {
    this.context = context;
  }

  /** How the reader and the validator name one of the two parts. */
  private record Part(String field, String what, String example, String readerWhat) {}

  Headers headers(JsonNode node, String path) {
    if (node == null || node.isNull()) {
      return Headers.EMPTY;
    }
    Map<String, List<String>> values = valueLists(node, path, HEADERS);
    return values == null ? Headers.EMPTY : new Headers(values);
  }

  Query query(JsonNode node, String path) {
    if (node == null || node.isNull()) {
      return Query.EMPTY;
    }
    if (node.isTextual()) {
      return Query.parse(node.textValue());
    }
    Map<String, List<String>> values = valueLists(node, path, QUERY);
    return values == null ? Query.EMPTY : new Query(values);
  }

  private Map<String, List<String>> valueLists(JsonNode node, String path, Part part) {
    ObjectNode object = context.object(node, path, Wording.of(part.field() + " is", "an object",
        "write the " + part.field() + " as {\"name\": " + part.example() + "}"));
    if (object == null) {
      return null;
    }
    Map<String, List<String>> values = new LinkedHashMap<>();
    object.fields().forEachRemaining(
        entry -> {
          String valuePath = JsonPaths.field(path, entry.getKey());
          JsonNode value = entry.getValue();
          boolean strings = value.isTextual() || value.isArray() && allStrings(value);
          if (!strings) {
            context.problems().note(valuePath, part.what() + " value is " + Problems.describe(value)
                + ", expected a string or an array of strings",
                "write {\"" + entry.getKey() + "\": " + part.example() + "}");
          }
          values.put(entry.getKey(), valueList(value, valuePath, part.readerWhat()));
        });
    return values;
  }

  private static boolean allStrings(JsonNode array) {
    for (JsonNode element : array) {
      if (!element.isTextual()) {
        return false;
      }
    }
    return true;
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

  /** A value as text; objects (and arrays inside arrays) are refused, as the validator has noted. */
  private String scalar(JsonNode value, String path, String what) {
    if (value.isTextual()) {
      return value.textValue();
    }
    if (value.isNumber() || value.isBoolean()) {
      return value.asText();
    }
    if (!value.isNull()) {
      context.problems().rejectNoted(path, ReadContext.expected(what, value));
    }
    return "";
  }
}
