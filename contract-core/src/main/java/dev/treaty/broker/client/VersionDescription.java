package dev.treaty.broker.client;

import java.util.List;
import java.util.Objects;

/**
 * What the broker knows of one pacticipant version: its branches and tags, and where it is
 * currently deployed or released.
 *
 * @param pacticipant the application's name
 * @param number the version number
 * @param buildUrl the CI build that produced it, or null
 * @param branches the branches it is on
 * @param tags its tags
 * @param deployed where it is currently deployed ({@link Deployment#applicationInstance()} set for instances)
 * @param released where it is currently released and supported
 * @param json the version resource as the broker sent it
 */
public record VersionDescription(String pacticipant, String number, String buildUrl, List<String> branches,
    List<String> tags, List<Deployment> deployed, List<Deployment> released, String json) {

  public VersionDescription {
    Objects.requireNonNull(pacticipant, "pacticipant");
    Objects.requireNonNull(number, "number");
    branches = List.copyOf(branches);
    tags = List.copyOf(tags);
    deployed = List.copyOf(deployed);
    released = List.copyOf(released);
  }
}
