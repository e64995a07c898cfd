package dev.treaty.contract;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Query parameters in the order given, each name with its values in order.
 *
 * <p>{@code text} is the query string as it was parsed (null when built from a map); V1 of the
 * Pact specification compares query strings exactly, so the matcher needs it. It is not part of
 * equality: two queries with the same parameters are equal however they were written.
 */
public record Query(Map<String, List<String>> parameters, String text) {

  public static final Query EMPTY = new Query(Map.of());

  public Query {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    parameters.forEach((name, list) -> copy.put(name, List.copyOf(list)));
    parameters = Collections.unmodifiableMap(copy);
  }

  /** Query parameters built from a map, without query string text. */
  public Query(Map<String, List<String>> parameters) {
    this(parameters, null);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Query q && parameters.equals(q.parameters);
  }

  @Override
  public int hashCode() {
    return parameters.hashCode();
  }

  @Override
  public String toString() {
    return "Query" + parameters;
  }

  /**
   * Parses a query string such as {@code a=1&b=2&a=3} (as found in V1/V2 pact files and on the
   * wire); names and values are URL-decoded, empty segments are skipped, a name without {@code =}
   * has the value {@code ""}.
   */
  public static Query parse(String queryString) {
    if (queryString == null || queryString.isEmpty()) {
      return EMPTY;
    }
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (String pair : queryString.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      map.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return new Query(map, queryString);
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  /** The values of {@code name}; empty when absent. */
  public List<String> get(String name) {
    return parameters.getOrDefault(name, List.of());
  }

  public boolean isEmpty() {
    return parameters.isEmpty();
  }
}
