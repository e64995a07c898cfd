package dev.treaty.broker.internal.selection;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A pacts-for-verification request: which consumer versions to verify and who is verifying (the
 * provider version's branch or tags, which pending status and WIP pacts are computed for).
 * An empty selector list means the default selectors.
 */
public record ForVerificationRequest(
    List<ConsumerVersionSelector> selectors,
    Optional<String> providerVersionBranch,
    List<String> providerVersionTags,
    boolean includePendingStatus,
    Optional<OffsetDateTime> includeWipPactsSince) {

  public ForVerificationRequest {
    selectors = List.copyOf(selectors);
    providerVersionTags = List.copyOf(providerVersionTags);
  }

  /** The branch the provider version will be on, when one was sent and is not blank. */
  public Optional<String> providerBranch() {
    return providerVersionBranch.filter(b -> !b.isBlank());
  }
}
