package dev.treaty.broker.internal.matrix;

import dev.treaty.broker.internal.matrix.MatrixRow.Status;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides can-i-deploy from the considered rows (Pact Broker API §4.8), worded like the Pact Broker:
 * a specified version that does not exist is "no"; a row without a verification is "unknown"; else
 * every row must have passed; no rows at all is "yes" (nothing depends on it).
 */
final class DecisionMaker {
  static final String ALL_GOOD = "All required verification results are published and successful";
  static final String NOTHING_NEEDED = "There are no missing dependencies";
  static final String SPECIFY_ENVIRONMENT = "WARN: It is recommended to specify the environment into which you are deploying. "
      + "Without the environment, this result will not be reliable.";
  static final String SPECIFY_VERSION = "WARN: It is recommended to specify the version number (rather than the tag or branch) "
      + "of the pacticipant you wish to deploy to avoid race conditions. Without a version number, this result will not be reliable.";

  private DecisionMaker() {}

  static Decision decide(MatrixQuery query, List<ResolvedSelector> missing, List<MatrixRow> rows, List<String> warnings) {
    List<Notice> notices = new ArrayList<>();
    if (query.selectors().size() == 1 && !query.options().hasTarget()) {
      notices.add(Notice.warning(SPECIFY_ENVIRONMENT));
    }
    if (query.selectors().stream().anyMatch(s -> !s.byNumber())) {
      notices.add(Notice.warning(SPECIFY_VERSION));
    }
    warnings.forEach(w -> notices.add(Notice.warning(w)));
    List<MatrixRow> considered = rows.stream().filter(r -> !r.ignored()).toList();
    int ignored = rows.size() - considered.size();
    Integer ignoredCount = query.ignore().isEmpty() ? null : ignored;
    if (!missing.isEmpty()) {
      missing.forEach(m -> notices.add(Notice.error(m.missingReason())));
      return new Decision(false, 0, 0, 0, ignoredCount, notices);
    }
    int success = count(considered, Status.YES);
    int failed = count(considered, Status.NO);
    int unknown = count(considered, Status.UNKNOWN);
    Set<String> errors = new LinkedHashSet<>();
    for (MatrixRow row : considered) {
      if (row.status() == Status.NO) {
        errors.add("The verification for the pact between " + row.consumerDescription() + " and " + row.providerDescription() + " failed");
      } else if (row.status() == Status.UNKNOWN) {
        errors.add("There is no verified pact between " + row.consumerDescription() + " and " + row.providerDescription());
      }
    }
    errors.forEach(e -> notices.add(Notice.error(e)));
    Boolean deployable = unknown > 0 ? null : failed == 0;
    if (errors.isEmpty()) {
      notices.add(Notice.success(considered.isEmpty() ? NOTHING_NEEDED : ALL_GOOD));
    }
    return new Decision(deployable, success, failed, unknown, ignoredCount, notices);
  }

  private static int count(List<MatrixRow> rows, Status status) {
    return (int) rows.stream().filter(r -> r.status() == status).count();
  }
}
