package dev.treaty.broker.internal.http;

import java.util.Locale;
import java.util.Objects;

/**
 * One operation of the broker's HTTP API, {@code GET /pacticipants/{pacticipant}}: what Javalin
 * serves and what the OpenAPI document describes, compared by {@link #shape()} so that the names of
 * path parameters may differ between the two.
 */
public record ApiRoute(String method, String path) implements Comparable<ApiRoute> {
  public ApiRoute {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    method = method.toUpperCase(Locale.ROOT);
  }

  /** The path with every parameter ({@code {name}} or Javalin's {@code <name>}) written {@code {}}. */
  public String shape() {
    return method + " " + path.replaceAll("\\{[^}/]*}|<[^>/]*>", "{}");
  }

  @Override
  public int compareTo(ApiRoute other) {
    int byPath = path.compareTo(other.path);
    return byPath != 0 ? byPath : method.compareTo(other.method);
  }

  @Override
  public String toString() {
    return method + " " + path;
  }
}
