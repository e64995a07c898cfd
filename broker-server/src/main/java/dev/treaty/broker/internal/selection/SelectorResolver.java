package dev.treaty.broker.internal.selection;

import dev.treaty.broker.internal.store.SelectionKind;
import dev.treaty.broker.internal.store.SelectionStore.ConsumerPlan;
import dev.treaty.broker.internal.store.Stores;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns validated selectors into {@link Criterion criteria} (one per query), and builds the
 * default selectors when none were sent: per consumer, its main branch head, else the latest
 * version tagged with its main branch's name, else its overall latest; plus deployed and released.
 */
final class SelectorResolver {
  private SelectorResolver() {}

  static List<Criterion> criteria(Stores stores, long providerId, ForVerificationRequest request) {
    if (request.selectors().isEmpty()) {
      return defaults(stores.selection().defaultSelectorPlan(providerId));
    }
    List<Criterion> criteria = new ArrayList<>();
    for (ConsumerVersionSelector s : request.selectors()) {
      criteria.addAll(criteria(s, request));
    }
    return criteria;
  }

  static List<Criterion> criteria(ConsumerVersionSelector s, ForVerificationRequest request) {
    String consumer = s.consumer();
    if (s.isTrue(s.mainBranch())) {
      return List.of(Criterion.of(SelectionKind.MAIN_BRANCH, null, null, consumer));
    }
    if (s.isTrue(s.matchingBranch())) {
      return List.of(Criterion.of(SelectionKind.BRANCH, request.providerBranch().orElseThrow(), null, consumer));
    }
    if (s.branch() != null) {
      return List.of(Criterion.of(SelectionKind.BRANCH, s.branch(), s.fallbackBranch(), consumer));
    }
    if (s.tag() != null) {
      return s.latestTrue()
          ? List.of(Criterion.of(SelectionKind.LATEST_TAG, s.tag(), s.fallbackTag(), consumer))
          : List.of(Criterion.of(SelectionKind.ALL_TAG, s.tag(), null, consumer));
    }
    if (s.isTrue(s.deployed())) {
      return List.of(Criterion.of(SelectionKind.DEPLOYED, s.environment(), null, consumer));
    }
    if (s.isTrue(s.released())) {
      return List.of(Criterion.of(SelectionKind.RELEASED, s.environment(), null, consumer));
    }
    if (s.isTrue(s.deployedOrReleased()) || s.environment() != null) {
      return List.of(
          Criterion.of(SelectionKind.DEPLOYED, s.environment(), null, consumer),
          Criterion.of(SelectionKind.RELEASED, s.environment(), null, consumer));
    }
    return List.of(Criterion.of(SelectionKind.OVERALL_LATEST, null, null, consumer));
  }

  static List<Criterion> defaults(List<ConsumerPlan> plan) {
    List<Long> byBranch = new ArrayList<>();
    List<Long> byTag = new ArrayList<>();
    List<Long> byLatest = new ArrayList<>();
    for (ConsumerPlan consumer : plan) {
      if (consumer.mainBranch() != null && consumer.mainBranchHasHead()) {
        byBranch.add(consumer.consumerId());
      } else if (consumer.mainBranch() != null && consumer.mainBranchTagExists()) {
        byTag.add(consumer.consumerId());
      } else {
        byLatest.add(consumer.consumerId());
      }
    }
    List<Criterion> criteria = new ArrayList<>();
    if (!byBranch.isEmpty()) {
      criteria.add(Criterion.forConsumers(SelectionKind.MAIN_BRANCH, byBranch));
    }
    if (!byTag.isEmpty()) {
      criteria.add(Criterion.forConsumers(SelectionKind.LATEST_MAIN_BRANCH_TAG, byTag));
    }
    if (!byLatest.isEmpty()) {
      criteria.add(Criterion.forConsumers(SelectionKind.OVERALL_LATEST, byLatest));
    }
    criteria.add(Criterion.of(SelectionKind.DEPLOYED, null, null, null));
    criteria.add(Criterion.of(SelectionKind.RELEASED, null, null, null));
    return criteria;
  }
}
