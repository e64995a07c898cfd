package dev.treaty.broker.internal.selection;

import dev.treaty.broker.internal.store.VerifiedPactsStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which pact versions are pending for the provider version about to verify them
 * (Pact Broker API §4.5): with a provider branch, not yet verified successfully on that branch
 * (nor on another branch before this one was created); with tags, per tag likewise; otherwise
 * never verified successfully at all. One query per branch or tag, for all pacts at once.
 */
final class PendingCalculator {
  private PendingCalculator() {}

  /**
   * The status of each pact version in {@code pactVersionIds}. {@code countWip} says whether
   * successful verifications of a WIP pact count (they do for pending, not for WIP selection).
   */
  static Map<Long, PendingStatus> statuses(VerifiedPactsStore verifiedPacts, long providerId, ForVerificationRequest request,
      Collection<Long> pactVersionIds, boolean countWip) {
    Map<Long, PendingStatus> statuses = new HashMap<>();
    if (pactVersionIds.isEmpty()) {
      return statuses;
    }
    if (request.providerBranch().isPresent()) {
      Set<Long> verified = verifiedPacts.verifiedForBranch(providerId, pactVersionIds, request.providerBranch().get(), countWip);
      pactVersionIds.forEach(id -> statuses.put(id, PendingStatus.of(!verified.contains(id))));
    } else if (!request.providerVersionTags().isEmpty()) {
      Map<String, Set<Long>> verifiedByTag = new LinkedHashMap<>();
      for (String tag : request.providerVersionTags()) {
        verifiedByTag.put(tag, verifiedPacts.verifiedForTag(providerId, pactVersionIds, tag, countWip));
      }
      pactVersionIds.forEach(id -> statuses.put(id, forTags(id, verifiedByTag)));
    } else {
      Set<Long> verified = verifiedPacts.verifiedByAnyVersion(providerId, pactVersionIds, countWip);
      pactVersionIds.forEach(id -> statuses.put(id, PendingStatus.of(!verified.contains(id))));
    }
    return statuses;
  }

  private static PendingStatus forTags(long id, Map<String, Set<Long>> verifiedByTag) {
    List<String> pendingTags = new ArrayList<>();
    List<String> verifiedTags = new ArrayList<>();
    verifiedByTag.forEach((tag, verified) -> (verified.contains(id) ? verifiedTags : pendingTags).add(tag));
    return new PendingStatus(!pendingTags.isEmpty(), pendingTags, verifiedTags);
  }
}
