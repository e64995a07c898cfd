package dev.treaty.broker.internal.selection;

import java.util.List;

/**
 * Whether a pact is pending for the provider version about to verify it. With provider tags
 * (and no branch), {@code pendingTags} and {@code verifiedTags} say for which tags.
 */
record PendingStatus(boolean pending, List<String> pendingTags, List<String> verifiedTags) {
  PendingStatus {
    pendingTags = List.copyOf(pendingTags);
    verifiedTags = List.copyOf(verifiedTags);
  }

  static PendingStatus of(boolean pending) {
    return new PendingStatus(pending, List.of(), List.of());
  }
}
