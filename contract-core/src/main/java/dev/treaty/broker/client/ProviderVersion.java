package dev.treaty.broker.client;

import java.util.List;

/**
 * The provider version verification results are recorded against, with the branch and tags the
 * broker gives it first and the CI build that verified.
 *
 * @param number the version, such as a commit SHA; required
 * @param branch the branch it was built from, or null
 * @param tags tags for it (may be empty)
 * @param buildUrl the CI build, or null
 */
public record ProviderVersion(String number, String branch, List<String> tags, String buildUrl) {

  public ProviderVersion {
    if (number == null || number.isBlank()) {
      throw new IllegalArgumentException("provider version must not be blank: \"" + number + "\"");
    }
    if (number.contains("\n")) {
      throw new IllegalArgumentException("provider version must be one line: \"" + number + "\"");
    }
    branch = branch == null || branch.isBlank() ? null : branch;
    tags = tags == null ? List.of() : List.copyOf(tags);
    buildUrl = buildUrl == null || buildUrl.isBlank() ? null : buildUrl;
  }

  /** Version {@code number} without branch, tags or build URL. */
  public static ProviderVersion of(String number) {
    return new ProviderVersion(number, null, List.of(), null);
  }
}
