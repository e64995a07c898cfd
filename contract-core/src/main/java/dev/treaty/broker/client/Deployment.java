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
 */
public record Deployment(String pacticipant, String version, String environment, String applicationInstance,
    List<Notice> notices) {

  public Deployment {
    Objects.requireNonNull(pacticipant, "pacticipant");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(environment, "environment");
    notices = notices == null ? List.of() : List.copyOf(notices);
  }
}
