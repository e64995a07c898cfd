package dev.treaty.broker.internal.matrix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Applies {@code latestby}: {@code cvp} keeps per consumer version and provider the newest provider version's row. */
final class Latest {
  private Latest() {}

  static List<MatrixRow> keep(LatestBy latestBy, List<MatrixRow> rows) {
    if (latestBy != LatestBy.CVP) {
      return rows;
    }
    Map<String, MatrixRow> newest = new LinkedHashMap<>();
    for (MatrixRow row : rows) {
      String key = row.consumerVersion().id() + "->" + row.provider().pacticipant().id();
      MatrixRow kept = newest.get(key);
      if (kept == null || order(row) > order(kept)) {
        newest.put(key, row);
      }
    }
    return new ArrayList<>(newest.values());
  }

  private static long order(MatrixRow row) {
    return row.providerVersion() == null ? Long.MIN_VALUE : row.providerVersion().versionOrder();
  }
}
