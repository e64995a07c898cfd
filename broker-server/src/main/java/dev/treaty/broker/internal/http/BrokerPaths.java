package dev.treaty.broker.internal.http;

import static dev.treaty.broker.internal.api.Hal.segment;

/** The broker's resource paths with each name percent-encoded as one path segment. */
final class BrokerPaths {
  private BrokerPaths() {}

  static String pacticipant(String name) {
    return "/pacticipants/" + segment(name);
  }

  static String versions(String pacticipant) {
    return pacticipant(pacticipant) + "/versions";
  }

  static String version(String pacticipant, String number) {
    return versions(pacticipant) + "/" + segment(number);
  }

  static String tag(String pacticipant, String number, String tag) {
    return version(pacticipant, number) + "/tags/" + segment(tag);
  }

  static String branches(String pacticipant) {
    return pacticipant(pacticipant) + "/branches";
  }

  static String branch(String pacticipant, String branch) {
    return branches(pacticipant) + "/" + segment(branch);
  }

  static String branchVersion(String pacticipant, String branch, String number) {
    return branch(pacticipant, branch) + "/versions/" + segment(number);
  }

  static String pacts(String provider, String consumer) {
    return "/pacts/provider/" + segment(provider) + "/consumer/" + segment(consumer);
  }

  static String pactForVersion(String provider, String consumer, String number) {
    return pacts(provider, consumer) + "/version/" + segment(number);
  }

  static String pactVersion(String provider, String consumer, String sha) {
    return pacts(provider, consumer) + "/pact-version/" + segment(sha);
  }

  static String environment(String uuid) {
    return "/environments/" + segment(uuid);
  }

  static String deployedVersion(String uuid) {
    return "/deployed-versions/" + segment(uuid);
  }

  static String releasedVersion(String uuid) {
    return "/released-versions/" + segment(uuid);
  }
}
