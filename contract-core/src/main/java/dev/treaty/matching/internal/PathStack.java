package dev.treaty.matching.internal;

/**
 * The location being matched, as a cheap mutable stack of segments; exists so that matching does
 * not build path strings for nodes that match (strings are rendered only for mismatches).
 */
public final class PathStack {
  private static final String[] INDEX_NAMES = new String[256];

  static {
    for (int i = 0; i < INDEX_NAMES.length; i++) {
      INDEX_NAMES[i] = Integer.toString(i);
    }
  }

  private String[] segments = new String[16];
  private boolean[] indices = new boolean[16];
  private int[] displayIndices = new int[16];
  private int depth;

  /** A stack holding only the root {@code $}. */
  public PathStack() {
    push("$", false, -1);
  }

  public int depth() {
    return depth;
  }

  public String segment(int i) {
    return segments[i];
  }

  public boolean isIndex(int i) {
    return indices[i];
  }

  public void pushField(String name) {
    push(name, false, -1);
  }

  /** Pushes a field that shows an index when rendered ({@code alligator[1]}), as XML elements do. */
  public void pushField(String name, int displayIndex) {
    push(name, false, displayIndex);
  }

  public void pushIndex(int index) {
    push(index < INDEX_NAMES.length ? INDEX_NAMES[index] : Integer.toString(index), true, -1);
  }

  public void pop() {
    depth--;
  }

  private void push(String segment, boolean index, int displayIndex) {
    if (depth == segments.length) {
      segments = java.util.Arrays.copyOf(segments, depth * 2);
      indices = java.util.Arrays.copyOf(indices, depth * 2);
      displayIndices = java.util.Arrays.copyOf(displayIndices, depth * 2);
    }
    segments[depth] = segment;
    indices[depth] = index;
    displayIndices[depth] = displayIndex;
    depth++;
  }

  /** The JSON path of the current location, such as {@code $.items[0].price}. */
  public String render() {
    StringBuilder sb = new StringBuilder("$");
    for (int i = 1; i < depth; i++) {
      String s = segments[i];
      if (indices[i]) {
        sb.append('[').append(s).append(']');
      } else if (isIdentifier(s)) {
        sb.append('.').append(s);
      } else {
        sb.append("['").append(s.replace("\\", "\\\\").replace("'", "\\'")).append("']");
      }
      if (displayIndices[i] >= 0) {
        sb.append('[').append(displayIndices[i]).append(']');
      }
    }
    return sb.toString();
  }

  private static boolean isIdentifier(String s) {
    if (s.isEmpty() || !(Character.isLetter(s.charAt(0)) || s.charAt(0) == '_')) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-')) {
        return false;
      }
    }
    return true;
  }
}
