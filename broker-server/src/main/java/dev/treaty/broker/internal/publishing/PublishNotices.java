package dev.treaty.broker.internal.publishing;

import dev.treaty.broker.internal.api.ApiException;
import dev.treaty.broker.internal.store.StoredPact;
import dev.treaty.pact.PactDocument;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words a publish answers with: one notice per published pact ({@code {type, text}}, printed
 * by the Pact CLI), and the 409 for a changed pact with what changed.
 */
public final class PublishNotices {
  private PublishNotices() {}

  static Map<String, String> notice(String type, String text) {
    Map<String, String> notice = new LinkedHashMap<>();
    notice.put("type", type);
    notice.put("text", text);
    return notice;
  }

  /** The notice for a publish that went through. */
  public static Map<String, String> of(PactPublisher.Result result, String consumer, String version, String provider) {
    String what = "for " + consumer + " version " + version + " and provider " + provider;
    return switch (result.outcome()) {
      case CREATED -> notice("success", "Pact successfully published " + what + ".");
      case UNCHANGED -> notice("success", "Pact " + what + " was already published with the same content; nothing changed.");
      case CHANGED -> notice("warning", "Pact " + what + " replaced with different content (revision " + result.pact().revision()
          + "); the broker allows contract modification.");
      case MERGED -> notice("success", "Pact successfully merged into the pact " + what + " (revision " + result.pact().revision() + ").");
      case CONFLICT -> throw new IllegalArgumentException("a conflict is not a notice; use conflict()");
    };
  }

  /** The 409 for {@code result} (a conflict): what cannot change, why, and how the content differs. */
  public static ApiException conflict(PactPublisher.Result result, PactDocument attempted, String consumer, String version, String provider) {
    StoredPact previous = result.previous().orElseThrow();
    String what = "the pact for " + consumer + " version " + version + " and provider " + provider;
    String detail;
    if (!result.mergeConflicts().isEmpty()) {
      detail = "Cannot merge into " + what + ": interactions with the same description and provider state have different requests: "
          + String.join(", ", result.mergeConflicts().stream().map(d -> "'" + d + "'").toList())
          + ". Publish with a new consumer version, or rename the interactions.";
    } else if (!result.mergeChanges().isEmpty()) {
      detail = "Cannot merge into " + what + ": the merge would change interactions "
          + String.join(", ", result.mergeChanges().stream().map(d -> "'" + d + "'").toList())
          + " (same description and provider state, different content). A merge may only add interactions to a"
          + " published pact; publish with a new consumer version, or rename the interactions.";
    } else {
      detail = "Cannot change the content of " + what + " (already published with content " + previous.sha()
          + "). Publish changed pacts with a new consumer version number, so verification results and can-i-deploy stay"
          + " reliable; a pact that changes on every run usually has a matcher without an example value.";
    }
    PactDocument before = PactDocument.parse(previous.content());
    PactDocument after = result.mergeChanges().isEmpty() ? attempted : before.merge(attempted).pact();
    String diff = PactDiff.describe(before, after);
    return ApiException.conflict("contracts", detail, List.of(notice("error", detail), notice("info", diff)));
  }
}
