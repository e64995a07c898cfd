package dev.treaty.broker.client;

import java.util.List;
import java.util.Objects;

/**
 * An environment a broker knows (Pact Broker API §3.13), such as {@code production}: where
 * versions are deployed or released, and what can-i-deploy checks against.
 *
 * @param uuid the broker's id of the environment; null in one that is about to be created
 * @param name the name deployments and can-i-deploy use, without spaces
 * @param displayName a name for people, or null
 * @param production whether it is a production environment (informational)
 * @param contacts the teams or people responsible for it
 * @param json the environment as the broker sent it, or null when it was not read from a broker
 */
public record Environment(String uuid, String name, String displayName, boolean production, List<Contact> contacts, String json) {

  public Environment {
    Objects.requireNonNull(name, "name");
    contacts = contacts == null ? List.of() : List.copyOf(contacts);
  }

  /** An environment not read from a broker (no JSON). */
  public Environment(String uuid, String name, String displayName, boolean production, List<Contact> contacts) {
    this(uuid, name, displayName, production, contacts, null);
  }

  /** An environment to create: no uuid yet. */
  public static Environment of(String name, String displayName, boolean production, List<Contact> contacts) {
    return new Environment(null, name, displayName, production, contacts);
  }

  /** Who is responsible for an environment: a name and an email address, either may be null. */
  public record Contact(String name, String emailAddress) {}
}
