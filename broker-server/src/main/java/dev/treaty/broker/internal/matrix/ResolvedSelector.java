package dev.treaty.broker.internal.matrix;

import dev.treaty.broker.internal.store.Pacticipant;
import dev.treaty.broker.internal.store.Version;
import java.util.List;

/**
 * A selector reduced to versions: the pacticipant, the versions it stands for (newest first), and
 * how it was chosen, which the reasons describe in the Pact Broker's words ("the latest version of
 * Bar with tag prod (4.5.6)"). {@code allVersions}: every version counts (a pacticipant alone).
 */
public record ResolvedSelector(Pacticipant pacticipant, List<Version> versions, boolean allVersions, boolean specified,
    Kind kind, String label) {
  public ResolvedSelector {
    versions = List.copyOf(versions);
  }

  /** How the versions were chosen; {@code label} is the tag, branch or environment name. */
  public enum Kind {
    VERSION,
    LATEST,
    LATEST_TAG,
    LATEST_BRANCH,
    LATEST_MAIN_BRANCH,
    ALL_TAG,
    ALL_BRANCH,
    ALL,
    ENVIRONMENT
  }

  public String name() {
    return pacticipant.name();
  }

  /** Whether the selector found nothing (a version that does not exist, an empty environment). */
  public boolean isEmpty() {
    return !allVersions && versions.isEmpty();
  }

  /** The selector with {@code version} described: {@code version 1 of Foo}, {@code the latest version of Bar (2)}. */
  public String describe(Version version) {
    String n = version.number();
    String p = pacticipant.name();
    return switch (kind) {
      case VERSION, ALL -> "version " + n + " of " + p;
      case LATEST -> "the latest version of " + p + " (" + n + ")";
      case LATEST_TAG -> "the latest version of " + p + " with tag " + label + " (" + n + ")";
      case LATEST_BRANCH -> "the latest version of " + p + " from branch " + label + " (" + n + ")";
      case LATEST_MAIN_BRANCH -> "the latest version of " + p + " from the main branch (" + n + ")";
      case ALL_TAG -> "one of the versions of " + p + " with tag " + label + " (" + n + ")";
      case ALL_BRANCH -> "one of the versions of " + p + " from branch " + label + " (" + n + ")";
      case ENVIRONMENT -> "a version of " + p + " currently in " + label + " (" + n + ")";
    };
  }

  /** The selector when no version of it takes part in a row. */
  public String describeNone() {
    String p = pacticipant.name();
    return switch (kind) {
      case ENVIRONMENT -> "a version of " + p + " currently in " + label
          + " (no version is currently recorded as deployed/released in this environment)";
      case ALL -> "any version of " + p;
      case VERSION -> "version " + label + " of " + p;
      case LATEST -> "the latest version of " + p + " (no such version exists)";
      case LATEST_TAG, ALL_TAG -> "the latest version of " + p + " with tag " + label + " (no such version exists)";
      case LATEST_BRANCH, ALL_BRANCH -> "the latest version of " + p + " from branch " + label + " (no such version exists)";
      case LATEST_MAIN_BRANCH -> "the latest version of " + p + " from the main branch (no such version exists)";
    };
  }

  /** Why a specified selector that found nothing makes the answer "no" (Pact Broker wording). */
  public String missingReason() {
    String p = pacticipant.name();
    return switch (kind) {
      case VERSION -> "No pacts or verifications have been published for version " + label + " of " + p;
      case LATEST_TAG, ALL_TAG -> "No version with tag " + label + " exists for " + p;
      case LATEST_BRANCH, ALL_BRANCH -> "No version of " + p + " from branch " + label + " exists";
      case LATEST_MAIN_BRANCH -> "No version of " + p + " from the main branch exists";
      case LATEST, ALL -> "No version of " + p + " exists";
      case ENVIRONMENT -> "No version of " + p + " is currently recorded as deployed or released in environment " + label;
    };
  }
}
