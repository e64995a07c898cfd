package dev.treaty.path.internal;

import java.util.regex.Pattern;

/** Builds and takes apart the JSON paths ({@code $.a.b[0]['x-y']}) that problems and errors name. */
public final class JsonPaths {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  private JsonPaths() {}

  /** The path of field {@code name} of the object at {@code parent}. */
  public static String field(String parent, String name) {
    if (IDENTIFIER.matcher(name).matches()) {
      return parent + "." + name;
    }
    return parent + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  /** The path of element {@code index} of the array at {@code parent}. */
  public static String index(String parent, int index) {
    return parent + "[" + index + "]";
  }

  /** The enclosing path, or null for the root {@code $}. */
  public static String parent(String path) {
    if (path.equals("$")) {
      return null;
    }
    if (path.endsWith("]")) {
      int open = openingBracket(path);
      return path.substring(0, open);
    }
    return path.substring(0, path.lastIndexOf('.'));
  }

  private static int openingBracket(String path) {
    boolean quoted = path.endsWith("']");
    if (!quoted) {
      return path.lastIndexOf('[');
    }
    for (int i = path.length() - 3; i > 0; i--) {
      if (path.charAt(i) == '\'' && path.charAt(i - 1) == '[' && !escaped(path, i)) {
        return i - 1;
      }
    }
    return path.lastIndexOf('[');
  }

  private static boolean escaped(String path, int quote) {
    int backslashes = 0;
    for (int i = quote - 1; i >= 0 && path.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }
}
