package dev.treaty.broker.client;

import java.util.List;
import java.util.Objects;

/**
 * A version of a pacticipant deployed or released to an environment, as the broker recorded it.
 *
 * @param pacticipant the application's name
 * @param version the version number
 * @param environment the environment's name
 * @param applicationInstance the instance deployed to (null for the default instance and for releases)
 * @param notices what the broker said when recording it (such as "version 2.0.0 has published no
 *     contract and no verification result"); empty when it said nothing
 * @param json the broker's record of it as the broker sent it (the deployed or released version),
 *     or null when it was not read from a broker
 */
public record Deployment(String pacticipant, String version, String environment, String applicationInstance,
    List<Notice> notices, String json) {

  public Deployment {
    Objects.requireNonNull(pacticipant, "pacticipant");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(environment, "environment");
    notices = notices == null ? List.of() : List.copyOf(notices);
  }

  /** A deployment not read from a broker (no JSON). */
  public Deployment(String pacticipant, String version, String environment, String applicationInstance, List<Notice> notices) {
    this(pacticipant, version, environment, applicationInstance, notices, null);
  }
}
