package dev.treaty.broker.client;

import java.util.List;
import java.util.Objects;

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
    long targets = java.util.stream.Stream.of(environment, tag, branch).filter(Objects::nonNull).count();
    if (targets > 1) {
      throw new IllegalArgumentException("at most one of environment, tag and branch, got environment=" + environment
          + ", tag=" + tag + ", branch=" + branch);
    }
  }

  /**
   * A pacticipant and, optionally, one of its versions.
   *
   * @param pacticipant the application's name
   * @param version a version number; null means its latest version (in a selector) or every version (in ignore)
   */
  public record Selector(String pacticipant, String version) {
    public Selector {
      Objects.requireNonNull(pacticipant, "pacticipant");
    }

    /** {@code pacticipant version}, or just the pacticipant when no version is given. */
    @Override
    public String toString() {
      return version == null ? pacticipant : pacticipant + " " + version;
    }
  }
}
