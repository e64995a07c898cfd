package dev.treaty.matching.internal;

import dev.treaty.path.internal.JsonPathSegments;
import dev.treaty.path.internal.JsonPathSegments.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed rule path such as {@code $.items[*].price} or {@code $['two']['@str']} (taken apart by
 * the one path tokenizer, {@link JsonPathSegments}); exists to weigh how well a rule's path fits an
 * actual location, the way Pact does: each token that matches exactly scores 2 and each wildcard
 * 1, the weights multiply, and a rule also applies below its path (rules on ancestors cascade to
 * descendants).
 */
public final class JsonPathExpression {
  private static final int ROOT = 0;
  private static final int FIELD = 1;
  private static final int INDEX = 2;
  private static final int STAR = 3;
  private static final int STAR_INDEX = 4;

  private final String text;
  private final int[] kinds;
  private final String[] names;
  private final boolean valid;

  private JsonPathExpression(String text, int[] kinds, String[] names, boolean valid) {
    this.text = text;
    this.kinds = kinds;
    this.names = names;
    this.valid = valid;
  }

  /** Parses a path; a path that does not parse never matches anything. */
  public static JsonPathExpression parse(String text) {
    List<Integer> kinds = new ArrayList<>();
    List<String> names = new ArrayList<>();
    boolean valid = tokenize(text == null ? "" : text.trim(), kinds, names);
    int[] k = new int[kinds.size()];
    for (int i = 0; i < k.length; i++) {
      k[i] = kinds.get(i);
    }
    return new JsonPathExpression(text, k, names.toArray(new String[0]), valid);
  }

  /** The tokens of {@code s} (the root first) from the one path tokenizer; false when it does not parse. */
  private static boolean tokenize(String s, List<Integer> kinds, List<String> names) {
    if (!s.startsWith("$")) {
      return false;
    }
    List<Segment> segments;
    try {
      segments = JsonPathSegments.parse(s);
    } catch (JsonPathSegments.MalformedPathException e) {
      return false;
    }
    add(kinds, names, ROOT, "$");
    for (Segment segment : segments) {
      switch (segment.kind()) {
        case FIELD -> add(kinds, names, FIELD, segment.name());
        case INDEX -> add(kinds, names, INDEX, segment.name());
        case ANY -> add(kinds, names, segment.name().equals("*") ? STAR : STAR_INDEX, "*");
      }
    }
    return true;
  }

  private static void add(List<Integer> kinds, List<String> names, int kind, String name) {
    kinds.add(kind);
    names.add(name);
  }

  /** This path without index tokens, for XML documents whose elements are found by name. */
  public JsonPathExpression withoutIndexTokens() {
    List<Integer> k = new ArrayList<>();
    List<String> n = new ArrayList<>();
    for (int i = 0; i < kinds.length; i++) {
      if (kinds[i] != INDEX && kinds[i] != STAR_INDEX) {
        add(k, n, kinds[i], names[i]);
      }
    }
    int[] ka = k.stream().mapToInt(Integer::intValue).toArray();
    return new JsonPathExpression(text, ka, n.toArray(new String[0]), valid);
  }

  /** The number of tokens, including the root. */
  public int length() {
    return kinds.length;
  }

  /** The weight of this rule path at {@code path}: 0 when it does not apply there. */
  public int weight(PathStack path) {
    if (!valid || kinds.length > path.depth()) {
      return 0;
    }
    int weight = 1;
    for (int i = 0; i < kinds.length && weight > 0; i++) {
      weight *= tokenWeight(i, path);
    }
    return weight;
  }

  private int tokenWeight(int i, PathStack path) {
    return tokenWeight(i, path.segment(i), path.isIndex(i));
  }

  /** The weight of token {@code i} against one path segment: 2 exact, 1 wildcard, 0 no match. */
  int tokenWeight(int i, String segment, boolean index) {
    if (!valid) {
      return 0;
    }
    return switch (kinds[i]) {
      case ROOT -> i == 0 ? 2 : 0;
      case FIELD -> names[i].equals(segment) ? 2 : 0;
      case INDEX -> index && names[i].equals(segment) ? 2 : 0;
      case STAR_INDEX -> index ? 1 : 0;
      default -> 1;
    };
  }

  @Override
  public String toString() {
    return text;
  }
}
