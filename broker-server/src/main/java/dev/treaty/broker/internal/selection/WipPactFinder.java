package dev.treaty.broker.internal.selection;

import dev.treaty.broker.internal.store.SelectionKind;
import dev.treaty.broker.internal.store.WipCandidateStore.Candidate;
import dev.treaty.broker.internal.store.Stores;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds work-in-progress pacts (Pact Broker API §4.6): branch or tag heads published since
 * {@code includeWipPactsSince} that the provider branch (or each provider tag) has not verified
 * successfully outside WIP, minus pacts already selected explicitly. A verification of a WIP pact
 * is stored as WIP, so a pact that only ever passed as WIP stays WIP.
 */
final class WipPactFinder {
  private WipPactFinder() {}

  static List<VerifiablePact> find(Stores stores, long providerId, ForVerificationRequest request, List<VerifiablePact> selected) {
    if (request.includeWipPactsSince().isEmpty()
        || request.providerBranch().isEmpty() && request.providerVersionTags().isEmpty()) {
      return List.of();
    }
    Set<String> explicit = selected.stream().map(p -> p.consumerId() + "/" + p.sha()).collect(Collectors.toSet());
    List<Candidate> candidates = stores.wipCandidates().find(providerId, request.includeWipPactsSince().get()).stream()
        .filter(c -> !explicit.contains(c.pact().consumerId() + "/" + c.pact().sha()))
        .toList();
    Set<Long> ids = candidates.stream().map(c -> c.pact().pactVersionId()).collect(Collectors.toSet());
    Map<Long, PendingStatus> statuses = PendingCalculator.statuses(stores.verifiedPacts(), providerId, request, ids, false);
    List<Selection> selections = new ArrayList<>();
    for (Candidate candidate : candidates) {
      if (statuses.get(candidate.pact().pactVersionId()).pending()) {
        SelectionKind kind = candidate.isBranch() ? SelectionKind.BRANCH : SelectionKind.LATEST_TAG;
        selections.add(new Selection(Criterion.of(kind, candidate.pact().label(), null, null), candidate.pact(), false));
      }
    }
    return SelectionMerger.merge(selections, true).stream()
        .map(p -> p.withPending(statuses.get(p.pactVersionId())))
        .toList();
  }
}
