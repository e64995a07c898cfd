package dev.treaty.json.internal;

import java.util.regex.Pattern;

/** Builds the JSON paths ({@code $.interactions[2].response.status}) that error messages name. */
final class JsonPaths {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  private JsonPaths() {}

  static String field(String path, String name) {
    if (IDENTIFIER.matcher(name).matches()) {
      return path + "." + name;
    }
    return path + "['" + name.replace("'", "\\'") + "']";
  }

  static String index(String path, int index) {
    return path + "[" + index + "]";
  }
}
