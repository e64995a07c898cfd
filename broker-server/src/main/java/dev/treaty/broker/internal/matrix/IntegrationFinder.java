package dev.treaty.broker.internal.matrix;

import dev.treaty.broker.internal.store.MatrixStore;
import dev.treaty.broker.internal.store.MatrixStore.MatrixPact;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which integrations a query covers (Pact Broker API §4.7 step 2). With options or a single
 * selector: every integration of a specified pacticipant, as consumer through the pacts of the
 * specified versions (required), as provider through any pact (not required). Otherwise only the
 * integrations between the specified pacticipants.
 */
final class IntegrationFinder {
  private final MatrixStore store;

  IntegrationFinder(MatrixStore store) {
    this.store = store;
  }

  List<Integration> find(Map<Long, ResolvedSelector> specified, boolean inferOthers) {
    Map<String, Integration> found = new LinkedHashMap<>();
    if (!inferOthers) {
      for (long[] pair : store.integrationsBetween(specified.keySet())) {
        add(found, new Integration(pair[0], pair[1], true));
      }
      return List.copyOf(found.values());
    }
    List<Long> explicitVersions = new ArrayList<>();
    List<Long> everyVersion = new ArrayList<>();
    specified.values().forEach(s -> {
      if (s.allVersions()) {
        everyVersion.add(s.pacticipant().id());
      } else {
        s.versions().forEach(v -> explicitVersions.add(v.id()));
      }
    });
    for (MatrixPact pact : store.pactsOfVersions(explicitVersions)) {
      add(found, new Integration(pact.consumerVersion().pacticipantId(), pact.providerId(), true));
    }
    for (long[] pair : store.consumersOf(specified.keySet())) {
      boolean consumerSpecified = specified.containsKey(pair[0]);
      if (!consumerSpecified || everyVersion.contains(pair[0])) {
        add(found, new Integration(pair[0], pair[1], consumerSpecified));
      }
    }
    return List.copyOf(found.values());
  }

  /** The pacticipants of the integrations that were not specified. */
  static Set<Long> others(List<Integration> integrations, Map<Long, ResolvedSelector> specified) {
    Set<Long> others = new java.util.LinkedHashSet<>();
    for (Integration integration : integrations) {
      for (long id : new long[] {integration.consumerId(), integration.providerId()}) {
        if (!specified.containsKey(id)) {
          others.add(id);
        }
      }
    }
    return others;
  }

  private static void add(Map<String, Integration> found, Integration integration) {
    String key = integration.consumerId() + "->" + integration.providerId();
    Integration existing = found.get(key);
    if (existing == null || integration.required() && !existing.required()) {
      found.put(key, integration);
    }
  }
}
