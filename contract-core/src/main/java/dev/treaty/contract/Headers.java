package dev.treaty.contract;

import dev.treaty.contract.internal.ContentTypes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * HTTP headers in the order given, each name with its list of values. Names keep their case for
 * writing; {@link #get} finds a header whatever its case.
 */
public record Headers(Map<String, List<String>> values) {

  public static final Headers EMPTY = new Headers(Map.of());

  public Headers {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    values.forEach((name, list) -> copy.put(name, List.copyOf(list)));
    values = Collections.unmodifiableMap(copy);
  }

  /** Headers from name/value pairs: {@code Headers.of("Content-Type", "application/json")}. */
  public static Headers of(String... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("expected name/value pairs, got " + namesAndValues.length + " strings");
    }
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.computeIfAbsent(namesAndValues[i], k -> new ArrayList<>()).add(namesAndValues[i + 1]);
    }
    return new Headers(map);
  }

  /** The values of the header called {@code name} in any case; empty when it is absent. */
  public List<String> get(String name) {
    List<String> exact = values.get(name);
    if (exact != null) {
      return exact;
    }
    List<String> found = null;
    for (Map.Entry<String, List<String>> e : values.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        if (found == null) {
          found = new ArrayList<>();
        }
        found.addAll(e.getValue());
      }
    }
    return found == null ? List.of() : Collections.unmodifiableList(found);
  }

  /** The first value of the header called {@code name}, or null. */
  public String first(String name) {
    List<String> list = get(name);
    return list.isEmpty() ? null : list.get(0);
  }

  public boolean contains(String name) {
    return !get(name).isEmpty();
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  /** The media type of {@code Content-Type} without parameters, lower case; null when absent. */
  public String contentType() {
    return ContentTypes.baseType(first("Content-Type"));
  }

  /** A copy with {@code name} set to {@code value}, replacing any header of that name. */
  public Headers with(String name, String value) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    values.forEach((n, v) -> {
      if (!n.equalsIgnoreCase(name)) {
        copy.put(n, v);
      }
    });
    copy.put(name, List.of(value));
    return new Headers(copy);
  }
}
