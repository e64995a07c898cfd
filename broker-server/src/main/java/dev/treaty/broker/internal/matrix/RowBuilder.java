package dev.treaty.broker.internal.matrix;

import dev.treaty.broker.internal.store.MatrixStore;
import dev.treaty.broker.internal.store.MatrixStore.MatrixPact;
import dev.treaty.broker.internal.store.MatrixStore.MatrixVerification;
import dev.treaty.broker.internal.store.Version;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the rows (Pact Broker API §4.7 step 4) in three queries: the pacts of the consumer
 * versions, then the latest verification of their contents by the selected provider versions (and
 * by any version where every provider version counts).
 *
 * <p>Where the provider's versions are a set (say, everything deployed in production), every one of
 * them gets its row, verified or not: a version that has not verified the pact is an unknown row,
 * never silently dropped because another version did verify it.
 */
final class RowBuilder {
  /** At most this many consumer versions are read for a pacticipant selected with all its versions. */
  static final int ALL_VERSIONS_LIMIT = 1000;

  private final MatrixStore store;

  RowBuilder(MatrixStore store) {
    this.store = store;
  }

  List<MatrixRow> rows(List<Integration> integrations, Map<Long, ResolvedSelector> selectors) {
    List<MatrixPact> pacts = pacts(integrations, selectors);
    Map<Long, List<MatrixVerification>> verifications = verifications(pacts, selectors);
    Set<String> wanted = new HashSet<>();
    integrations.forEach(i -> wanted.add(i.consumerId() + "->" + i.providerId()));
    List<MatrixRow> rows = new ArrayList<>();
    for (MatrixPact pact : pacts) {
      long consumerId = pact.consumerVersion().pacticipantId();
      if (!wanted.contains(consumerId + "->" + pact.providerId())) {
        continue;
      }
      ResolvedSelector consumer = selectors.get(consumerId);
      ResolvedSelector provider = selectors.get(pact.providerId());
      List<MatrixVerification> found = verifications.getOrDefault(pact.pactVersionId(), List.of());
      rows.addAll(rowsOf(consumer, pact, provider, found));
    }
    return rows;
  }

  private static List<MatrixRow> rowsOf(ResolvedSelector consumer, MatrixPact pact, ResolvedSelector provider,
      List<MatrixVerification> found) {
    List<MatrixRow> rows = new ArrayList<>();
    if (provider.allVersions()) {
      found.stream()
          .sorted((a, b) -> Long.compare(b.providerVersion().versionOrder(), a.providerVersion().versionOrder()))
          .forEach(v -> rows.add(new MatrixRow(consumer, pact, provider, v.providerVersion(), v, false)));
      if (rows.isEmpty()) {
        rows.add(new MatrixRow(consumer, pact, provider, null, null, false));
      }
      return rows;
    }
    if (provider.versions().isEmpty()) {
      return List.of(new MatrixRow(consumer, pact, provider, null, null, false));
    }
    for (Version version : provider.versions()) {
      MatrixVerification verification = found.stream()
          .filter(v -> v.providerVersion().id() == version.id()).findFirst().orElse(null);
      rows.add(new MatrixRow(consumer, pact, provider, version, verification, false));
    }
    return rows;
  }

  private List<MatrixPact> pacts(List<Integration> integrations, Map<Long, ResolvedSelector> selectors) {
    Set<Long> versionIds = new HashSet<>();
    Set<Long> providersOfVersions = new HashSet<>();
    Set<Long> everyVersionConsumers = new HashSet<>();
    Set<Long> providersOfEveryVersion = new HashSet<>();
    for (Integration integration : integrations) {
      ResolvedSelector consumer = selectors.get(integration.consumerId());
      if (consumer.allVersions()) {
        everyVersionConsumers.add(integration.consumerId());
        providersOfEveryVersion.add(integration.providerId());
      } else {
        consumer.versions().forEach(v -> versionIds.add(v.id()));
        providersOfVersions.add(integration.providerId());
      }
    }
    List<MatrixPact> pacts = new ArrayList<>(store.pactsOfVersions(versionIds, providersOfVersions));
    pacts.addAll(store.pactsOfConsumers(everyVersionConsumers, providersOfEveryVersion, ALL_VERSIONS_LIMIT));
    pacts.sort((a, b) -> Long.compare(b.consumerVersion().versionOrder(), a.consumerVersion().versionOrder()));
    return pacts;
  }

  private Map<Long, List<MatrixVerification>> verifications(List<MatrixPact> pacts, Map<Long, ResolvedSelector> selectors) {
    Set<Long> byListedVersions = new HashSet<>();
    Set<Long> byAnyVersion = new HashSet<>();
    Set<Long> providerVersionIds = new HashSet<>();
    for (MatrixPact pact : pacts) {
      ResolvedSelector provider = selectors.get(pact.providerId());
      if (provider == null) {
        continue;
      }
      if (provider.allVersions()) {
        byAnyVersion.add(pact.pactVersionId());
      } else if (!provider.versions().isEmpty()) {
        byListedVersions.add(pact.pactVersionId());
        provider.versions().forEach(v -> providerVersionIds.add(v.id()));
      }
    }
    List<MatrixVerification> all = new ArrayList<>(store.latestVerifications(byListedVersions, providerVersionIds));
    all.addAll(store.latestVerifications(byAnyVersion, null));
    Map<Long, List<MatrixVerification>> byPactVersion = new HashMap<>();
    for (MatrixVerification v : all) {
      byPactVersion.computeIfAbsent(v.pactVersionId(), id -> new ArrayList<>()).add(v);
    }
    return byPactVersion;
  }
}
