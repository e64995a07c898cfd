package dev.treaty.broker.internal.selection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * De-duplicates selections by content: one {@link VerifiablePact} per (consumer, pact version SHA)
 * carrying every selection that led to it, so a content verified once counts for all of them.
 */
final class SelectionMerger {
  private SelectionMerger() {}

  /** Merged pacts ordered by consumer name, then by their latest consumer version. */
  static List<VerifiablePact> merge(List<Selection> selections, boolean wip) {
    Map<String, LinkedHashSet<Selection>> byContent = new LinkedHashMap<>();
    for (Selection selection : selections) {
      String key = selection.pact().consumerId() + "/" + selection.pact().sha();
      byContent.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(selection);
    }
    List<VerifiablePact> pacts = new ArrayList<>();
    byContent.values().forEach(group -> pacts.add(new VerifiablePact(new ArrayList<>(group), wip, Optional.empty())));
    pacts.sort(ORDER);
    return pacts;
  }

  static final Comparator<VerifiablePact> ORDER = Comparator
      .comparing(VerifiablePact::consumerName)
      .thenComparingLong(p -> p.latest().consumerVersionOrder());
}
