package dev.treaty.broker.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The {@code name} of each element of a JSON array (not of nested objects), for assertions. */
public final class JsonNames {
  private JsonNames() {}

  public static List<String> of(JsonNode array) {
    List<String> names = new ArrayList<>();
    array.forEach(element -> names.add(element.path("name").asText()));
    return names;
  }
}
