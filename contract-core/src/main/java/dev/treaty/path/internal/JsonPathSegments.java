package dev.treaty.path.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The one tokenizer of the JSON paths that name places in a body ({@code $.items[*].id}, {@code
 * $['a b'][0]}, also without the leading {@code $}: {@code items[0].id}): the code that writes
 * values at such paths (generators, the DSL) walks its segments, and the matching engine weighs
 * them ({@code dev.treaty.matching.internal.JsonPathExpression}).
 */
public final class JsonPathSegments {
  private JsonPathSegments() {}

  /**
   * One step of a path: a field name, an array index, or any field or element ({@code [*]} or
   * {@code .*}, told apart by {@code name} so the path can be written back as it was).
   */
  public record Segment(Kind kind, String name, int index) {
    public enum Kind { FIELD, INDEX, ANY }

    static Segment field(String name) {
      return new Segment(Kind.FIELD, name, -1);
    }

    static Segment index(int index) {
      return new Segment(Kind.INDEX, String.valueOf(index), index);
    }

    static Segment any(boolean bracketed) {
      return new Segment(Kind.ANY, bracketed ? "[*]" : "*", -1);
    }
  }

  /** Why a path could not be taken apart. */
  public static final class MalformedPathException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    MalformedPathException(String message) {
      super(message);
    }
  }

  /**
   * The segments of {@code path} after the root ({@code $} alone gives none); a malformed path is a
   * {@link MalformedPathException} saying what is wrong.
   */
  public static List<Segment> parse(String path) {
    String s = path.strip();
    if (s.startsWith("$")) {
      s = s.substring(1);
    } else if (!s.isEmpty() && s.charAt(0) != '[') {
      s = "." + s;
    }
    List<Segment> segments = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '.') {
        int end = i + 1;
        while (end < s.length() && s.charAt(end) != '.' && s.charAt(end) != '[') {
          end++;
        }
        String name = s.substring(i + 1, end);
        if (name.isEmpty()) {
          throw new MalformedPathException("an empty field name");
        }
        segments.add(name.equals("*") ? Segment.any(false) : Segment.field(name));
        i = end;
      } else if (c == '[') {
        int close = closingBracket(s, i);
        if (close < 0) {
          throw new MalformedPathException("a '[' without ']'");
        }
        segments.add(bracket(s.substring(i + 1, close).strip()));
        i = close + 1;
      } else {
        throw new MalformedPathException("'" + c + "' at position " + i);
      }
    }
    return segments;
  }

  /** The canonical text of {@code segments}, as rules and generators are keyed: {@code $.a[*].b}. */
  public static String format(List<Segment> segments) {
    String path = "$";
    for (Segment segment : segments) {
      path = append(path, segment);
    }
    return path;
  }

  /** {@code path} followed by {@code segment}, in canonical text. */
  public static String append(String path, Segment segment) {
    return switch (segment.kind()) {
      case FIELD -> JsonPaths.field(path, segment.name());
      case INDEX -> JsonPaths.index(path, segment.index());
      case ANY -> segment.name().equals("*") ? path + ".*" : path + "[*]";
    };
  }

  /** The {@code ]} closing the {@code [} at {@code open}, skipping quoted names; -1 when none. */
  private static int closingBracket(String s, int open) {
    char quote = 0;
    for (int i = open + 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == ']') {
        return i;
      }
    }
    return -1;
  }

  private static Segment bracket(String inside) {
    if (inside.length() >= 2 && (inside.startsWith("'") && inside.endsWith("'")
        || inside.startsWith("\"") && inside.endsWith("\""))) {
      return Segment.field(inside.substring(1, inside.length() - 1).replace("\\'", "'"));
    }
    if (inside.equals("*")) {
      return Segment.any(true);
    }
    if (!inside.isEmpty() && inside.length() < 10 && inside.chars().allMatch(Character::isDigit)) {
      return Segment.index(Integer.parseInt(inside));
    }
    throw new MalformedPathException("'[" + inside + "]' (use [n], [*] or ['name'])");
  }
}
