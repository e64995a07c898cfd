package dev.treaty.broker.internal.matrix;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The can-i-deploy verdict (Pact Broker API §4.8): {@code deployable} true, false or null (unknown),
 * the counts of the considered rows, and the notices in order (warnings, then errors or success).
 * {@code ignored} is null unless the query had ignore selectors.
 */
public record Decision(Boolean deployable, int success, int failed, int unknown, Integer ignored, List<Notice> notices) {
  public Decision {
    notices = List.copyOf(notices);
  }

  /** The notices' texts, one per line: the Pact Broker's {@code summary.reason}. */
  public String reason() {
    return notices.stream().map(Notice::text).collect(Collectors.joining("\n"));
  }
}
