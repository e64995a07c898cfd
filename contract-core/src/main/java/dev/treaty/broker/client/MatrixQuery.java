package dev.treaty.broker.client;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A question for the broker's matrix ({@code GET /matrix}, Pact Broker API §3.11): the versions
 * asked about and, for can-i-deploy, where they are going.
 *
 * <p>At most one target: {@code environment} (the versions deployed or released there), {@code tag}
 * (the latest version of each other pacticipant with that tag) or {@code branch} (the latest on
 * that branch). With none, the matrix lists the rows between the selectors only.
 *
 * @param selectors the pacticipant versions asked about, at least one (several for a release train)
 * @param environment the environment they are to be deployed to, or null
 * @param tag the tag of the versions they must work with, or null
 * @param branch the branch of the versions they must work with, or null
 * @param ignore pacticipants (or pacticipant versions) whose rows do not count
 */
public record MatrixQuery(List<Selector> selectors, String environment, String tag, String branch, List<Selector> ignore) {

  public MatrixQuery {
    selectors = List.copyOf(selectors);
    ignore = ignore == null ? List.of() : List.copyOf(ignore);
    if (selectors.isEmpty()) {
      throw new IllegalArgumentException("a matrix query needs at least one pacticipant version");
    }
    long targets = Stream.of(environment, tag, branch).filter(Objects::nonNull).count();
    if (targets > 1) {
      throw new IllegalArgumentException("at most one of environment, tag and branch, got environment=" + environment
          + ", tag=" + tag + ", branch=" + branch);
    }
  }

  /**
   * A pacticipant and which of its versions: a version number, or its latest version (with a
   * tag, on a branch or on its main branch), as the Pact CLI's {@code --version}, {@code --latest
   * [TAG]}, {@code --branch} and {@code --main-branch} say.
   *
   * @param pacticipant the application's name
   * @param version a version number; null means its latest version (in a selector) or every version (in ignore)
   * @param tag with no version: the latest version with this tag, or null
   * @param branch with no version: the latest version on this branch, or null
   * @param mainBranch with no version: the latest version on the pacticipant's main branch
   */
  public record Selector(String pacticipant, String version, String tag, String branch, boolean mainBranch) {
    public Selector {
      Objects.requireNonNull(pacticipant, "pacticipant");
      long named = Stream.of(version, tag, branch).filter(Objects::nonNull).count() + (mainBranch ? 1 : 0);
      if (named > 1) {
        throw new IllegalArgumentException("a selector names at most one of version, tag, branch and main branch, got version=" + version
            + ", tag=" + tag + ", branch=" + branch + ", mainBranch=" + mainBranch + " for " + pacticipant);
      }
    }

    /** {@code version} of {@code pacticipant}; a null version is its latest (or, in ignore, every version). */
    public Selector(String pacticipant, String version) {
      this(pacticipant, version, null, null, false);
    }

    /** The latest version of {@code pacticipant}. */
    public static Selector latest(String pacticipant) {
      return new Selector(pacticipant, null);
    }

    /** The latest version of {@code pacticipant} with {@code tag}. */
    public static Selector latestWithTag(String pacticipant, String tag) {
      return new Selector(pacticipant, null, Objects.requireNonNull(tag, "tag"), null, false);
    }

    /** The latest version of {@code pacticipant} on {@code branch}. */
    public static Selector latestOnBranch(String pacticipant, String branch) {
      return new Selector(pacticipant, null, null, Objects.requireNonNull(branch, "branch"), false);
    }

    /** The latest version of {@code pacticipant} on its main branch. */
    public static Selector latestOnMainBranch(String pacticipant) {
      return new Selector(pacticipant, null, null, null, true);
    }

    /**
     * {@code pacticipant version}, or just the pacticipant when no version is given; for the
     * latest on a tag or branch {@code pacticipant (latest with tag T)} and the like.
     */
    @Override
    public String toString() {
      if (version != null) {
        return pacticipant + " " + version;
      }
      if (tag != null) {
        return pacticipant + " (latest with tag " + tag + ")";
      }
      if (branch != null) {
        return pacticipant + " (latest on branch " + branch + ")";
      }
      return mainBranch ? pacticipant + " (latest on its main branch)" : pacticipant;
    }
  }
}
