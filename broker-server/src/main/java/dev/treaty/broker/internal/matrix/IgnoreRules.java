package dev.treaty.broker.internal.matrix;

import dev.treaty.broker.internal.store.MatrixStore;
import dev.treaty.broker.internal.store.Pacticipant;
import dev.treaty.broker.internal.store.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code ignore[]} selectors: which rows and missing selectors they set aside, and which ignore nothing. */
final class IgnoreRules {
  private IgnoreRules() {}

  static List<MatrixRow> mark(List<MatrixSelector> ignore, List<MatrixRow> rows) {
    if (ignore.isEmpty()) {
      return rows;
    }
    return rows.stream().map(row -> ignore.stream().anyMatch(i -> matches(i, row)) ? row.asIgnored() : row).toList();
  }

  static boolean ignores(List<MatrixSelector> ignore, ResolvedSelector selector) {
    return ignore.stream().anyMatch(i -> i.pacticipant().equals(selector.name())
        && (i.version() == null || i.version().equals(selector.label())));
  }

  /** "WARN: Cannot ignore ..." for ignore selectors naming a pacticipant or version that does not exist. */
  static List<String> cannotIgnore(List<MatrixSelector> ignore, Map<String, Pacticipant> named, MatrixStore store) {
    List<String> warnings = new ArrayList<>();
    for (MatrixSelector selector : ignore) {
      Pacticipant pacticipant = named.get(selector.pacticipant());
      if (pacticipant == null) {
        warnings.add("WARN: Cannot ignore " + selector.pacticipant() + " (no pacticipant with that name exists)");
      } else if (selector.version() != null && store.version(pacticipant.id(), selector.version()).isEmpty()) {
        warnings.add("WARN: Cannot ignore version " + selector.version() + " of " + selector.pacticipant() + " (no such version exists)");
      }
    }
    return warnings;
  }

  private static boolean matches(MatrixSelector ignore, MatrixRow row) {
    return matches(ignore, row.consumer().name(), row.consumerVersion())
        || matches(ignore, row.provider().name(), row.providerVersion());
  }

  private static boolean matches(MatrixSelector ignore, String name, Version version) {
    return ignore.pacticipant().equals(name) && (ignore.version() == null || version != null && ignore.version().equals(version.number()));
  }
}
