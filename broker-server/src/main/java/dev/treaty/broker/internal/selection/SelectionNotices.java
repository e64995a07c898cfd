package dev.treaty.broker.internal.selection;

import dev.treaty.broker.internal.store.SelectionKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The notices a verifier prints for each pact (Pact Broker API §3.8): why the pact is verified
 * and, when pending status was asked for, whether a failure will fail the build and what
 * publishing a result will change. Wording follows the Pact Broker's so users find their way.
 */
final class SelectionNotices {
  static final String BEFORE = "before_verification";
  private static final String READ_MORE_PENDING = "Read more at https://docs.pact.io/go/pending";
  private static final String READ_MORE_WIP = "Read more at https://docs.pact.io/go/wip";

  /** A notice: {@code when} it applies and its text. */
  record Notice(String when, String text) {}

  private final VerifiablePact pact;
  private final String pactUrl;
  private final String provider;
  private final Optional<String> providerBranch;

  SelectionNotices(VerifiablePact pact, String pactUrl, String provider, Optional<String> providerBranch) {
    this.pact = pact;
    this.pactUrl = pactUrl;
    this.provider = provider;
    this.providerBranch = providerBranch;
  }

  List<Notice> notices() {
    List<Notice> notices = new ArrayList<>();
    notices.add(new Notice(BEFORE, inclusionReason()));
    pact.pending().ifPresent(status -> {
      notices.add(new Notice(BEFORE, pendingReason(status)));
      if (status.pending()) {
        String any = pendingFor(status, "any");
        String tags = withTheseTags(status);
        notices.add(new Notice("after_verification:success_true_published_false",
            "This pact is still in pending state for " + any + " as the successful verification results " + tags + "have not yet been published."));
        notices.add(new Notice("after_verification:success_false_published_false",
            "This pact is still in pending state for " + any + " as a successful verification result " + tags + "has not yet been published"));
        notices.add(new Notice("after_verification:success_true_published_true",
            "This pact is no longer in pending state for " + any + ", as a successful verification result " + tags + "has been published. "
                + "If a verification for a version of " + provider + " " + tags + "fails in the future, it will fail the build. " + READ_MORE_PENDING));
        notices.add(new Notice("after_verification:success_false_published_true",
            "This pact is still in pending state for " + any + " as a successful verification result " + tags + "has not yet been published"));
      }
    });
    return notices;
  }

  String inclusionReason() {
    if (pact.wip()) {
      return "The pact at " + pactUrl + " is being verified because it is a 'work in progress' pact (ie. it is the pact for the latest "
          + wipHeads() + " and is still in pending state). " + READ_MORE_WIP;
    }
    List<String> lines = SelectionDescriptions.longDescriptions(pact.selections(), provider);
    boolean several = pact.selections().size() > 1;
    return "The pact at " + pactUrl + " is being verified because the pact content belongs to the consumer "
        + (several ? "versions" : "version") + " matching the following " + (several ? "criteria" : "criterion") + ":\n"
        + String.join("\n", lines.stream().map(l -> "    * " + l).toList());
  }

  private String wipHeads() {
    LinkedHashSet<String> branches = new LinkedHashSet<>();
    LinkedHashSet<String> tags = new LinkedHashSet<>();
    pact.selections().forEach(s -> (s.kind() == SelectionKind.BRANCH ? branches : tags).add(s.branchOrTag()));
    List<String> parts = new ArrayList<>();
    if (!branches.isEmpty()) {
      parts.add("from " + (branches.size() == 1 ? "branch " : "branches ") + SelectionDescriptions.joinQuoted(List.copyOf(branches)));
    }
    if (!tags.isEmpty()) {
      parts.add("tagged with " + SelectionDescriptions.joinQuoted(List.copyOf(tags)));
    }
    String versions = branches.size() + tags.size() == 1 ? "version" : "versions";
    String sameContent = switch (pact.selections().size()) {
      case 1 -> "";
      case 2 -> " (both have the same content)";
      default -> " (all have the same content)";
    };
    return versions + " of " + pact.consumerName() + " " + String.join(" and ", parts) + sameContent;
  }

  private String pendingReason(PendingStatus status) {
    if (status.pending()) {
      return "This pact is in pending state for this version of " + provider + " because a successful verification result for "
          + pendingFor(status, "a") + " has not yet been published. If this verification fails, it will not cause the overall build to fail. "
          + READ_MORE_PENDING;
    }
    return "This pact has previously been successfully verified by " + verifiedBy(status) + ". If this verification fails, it will fail the build. "
        + READ_MORE_PENDING;
  }

  private String pendingFor(PendingStatus status, String anyOrA) {
    if (providerBranch.isPresent()) {
      return anyOrA + " version of " + provider + " from branch '" + providerBranch.get() + "'";
    }
    return switch (status.pendingTags().size()) {
      case 0 -> provider;
      case 1 -> anyOrA + " version of " + provider + " with tag '" + status.pendingTags().get(0) + "'";
      default -> anyOrA + " versions of " + provider + " with tag " + SelectionDescriptions.joinQuoted(status.pendingTags());
    };
  }

  private String verifiedBy(PendingStatus status) {
    if (providerBranch.isPresent()) {
      return "a version of " + provider + " from branch '" + providerBranch.get() + "'";
    }
    return switch (status.verifiedTags().size()) {
      case 0 -> provider;
      case 1 -> "a version of " + provider + " with tag '" + status.verifiedTags().get(0) + "'";
      default -> "a version of " + provider + " with tag " + SelectionDescriptions.joinQuoted(status.verifiedTags());
    };
  }

  private static String withTheseTags(PendingStatus status) {
    return switch (status.pendingTags().size()) {
      case 0 -> "";
      case 1 -> "with this tag ";
      default -> "with these tags ";
    };
  }
}
