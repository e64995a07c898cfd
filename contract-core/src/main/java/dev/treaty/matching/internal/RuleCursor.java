package dev.treaty.matching.internal;

import dev.treaty.contract.RuleGroup;

/**
 * Walks a document depth-first while keeping, per depth, the rules whose paths still match; exists
 * so that selecting a rule costs the few live rules at a node instead of every rule in the
 * contract. Rules whose paths are complete stay live below (rules cascade to descendants).
 */
public final class RuleCursor {
  private final JsonPathExpression[] paths;
  private final RuleGroup[] groups;
  private final PathStack path = new PathStack();
  private int[][] live = new int[16][];
  private int[][] weights = new int[16][];
  private int[] counts = new int[16];

  RuleCursor(JsonPathExpression[] paths, RuleGroup[] groups) {
    this.paths = paths;
    this.groups = groups;
    live[0] = new int[paths.length];
    weights[0] = new int[paths.length];
    int n = 0;
    for (int r = 0; r < paths.length; r++) {
      int w = paths[r].length() > 0 ? paths[r].tokenWeight(0, "$", false) : 0;
      if (w > 0) {
        live[0][n] = r;
        weights[0][n] = w;
        n++;
      }
    }
    counts[0] = n;
  }

  /** The current location. */
  public PathStack path() {
    return path;
  }

  public void pushField(String name) {
    path.pushField(name);
    descend(name, false);
  }

  /** Pushes a field rendered with an index, as repeated XML elements are. */
  public void pushField(String name, int displayIndex) {
    path.pushField(name, displayIndex);
    descend(name, false);
  }

  public void pushIndex(int index) {
    path.pushIndex(index);
    descend(path.segment(path.depth() - 1), true);
  }

  public void pop() {
    path.pop();
  }

  private void descend(String segment, boolean index) {
    int level = path.depth() - 1;
    int parentCount = counts[level - 1];
    if (level >= live.length) {
      live = java.util.Arrays.copyOf(live, level * 2);
      weights = java.util.Arrays.copyOf(weights, level * 2);
      counts = java.util.Arrays.copyOf(counts, level * 2);
    }
    if (parentCount == 0) {
      counts[level] = 0;
      return;
    }
    if (live[level] == null) {
      live[level] = new int[paths.length];
      weights[level] = new int[paths.length];
    }
    int[] parentLive = live[level - 1];
    int[] parentWeights = weights[level - 1];
    int[] myLive = live[level];
    int[] myWeights = weights[level];
    int n = 0;
    for (int i = 0; i < parentCount; i++) {
      int r = parentLive[i];
      int w = parentWeights[i];
      if (paths[r].length() > level) {
        w *= paths[r].tokenWeight(level, segment, index);
      }
      if (w > 0) {
        myLive[n] = r;
        myWeights[n] = w;
        n++;
      }
    }
    counts[level] = n;
  }

  /** The rule selected at the current location, as {@link RuleIndex#select}; null when none. */
  public RuleIndex.Selected select() {
    int level = path.depth() - 1;
    int n = counts[level];
    int best = -1;
    int bestWeight = 0;
    int depth = path.depth();
    for (int i = 0; i < n; i++) {
      int r = live[level][i];
      if (paths[r].length() > depth) {
        continue;
      }
      int w = weights[level][i];
      if (w > bestWeight || (w == bestWeight && best >= 0 && paths[r].length() > paths[best].length())) {
        best = r;
        bestWeight = w;
      }
    }
    return best < 0 ? null : new RuleIndex.Selected(groups[best], paths[best].length() == depth);
  }
}
