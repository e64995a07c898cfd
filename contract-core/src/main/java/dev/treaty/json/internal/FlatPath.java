package dev.treaty.json.internal;

import dev.treaty.contract.Category;

/**
 * A V2 flat matching rule or generator path ({@code $.body.items[0]}, {@code $.headers.Accept},
 * {@code $.query.q}, {@code $.path}) split into its category and the key within it.
 */
record FlatPath(Category category, String key) {

  /** The category and key of {@code path}, or null when it does not start with {@code $.name}. */
  static FlatPath parse(String path) {
    if (!path.startsWith("$.") && !path.startsWith("$[")) {
      return null;
    }
    String rest = path.substring(2);
    String name;
    String remainder;
    if (path.startsWith("$['") || path.startsWith("$[\"")) {
      int end = path.indexOf(path.charAt(2), 3);
      if (end < 0 || end + 1 >= path.length() || path.charAt(end + 1) != ']') {
        return null;
      }
      name = path.substring(3, end);
      remainder = path.substring(end + 2);
    } else if (path.startsWith("$[")) {
      return null;
    } else {
      int end = firstSeparator(rest);
      name = rest.substring(0, end);
      remainder = rest.substring(end);
    }
    if (name.isEmpty()) {
      return null;
    }
    Category category = Category.of(name);
    if (category.equals(Category.BODY)) {
      return new FlatPath(category, "$" + remainder);
    }
    return new FlatPath(category, key(remainder));
  }

  private static int firstSeparator(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '.' || text.charAt(i) == '[') {
        return i;
      }
    }
    return text.length();
  }

  /** {@code .Accept} -> {@code Accept}, {@code ['Content-Type']} -> {@code Content-Type}. */
  private static String key(String remainder) {
    if (remainder.startsWith(".")) {
      return remainder.substring(1);
    }
    if (remainder.length() >= 4
        && remainder.startsWith("[")
        && remainder.endsWith("]")
        && (remainder.charAt(1) == '\'' || remainder.charAt(1) == '"')) {
      return remainder.substring(2, remainder.length() - 2);
    }
    return remainder;
  }
}
