package dev.treaty.broker.internal.http;

import dev.treaty.broker.internal.api.ApiException;
import dev.treaty.broker.internal.store.Branch;
import dev.treaty.broker.internal.store.Environment;
import dev.treaty.broker.internal.store.Pacticipant;
import dev.treaty.broker.internal.store.Stores;
import dev.treaty.broker.internal.store.Version;

/** Looks up what a URL names, answering 404 with what was missing when it does not exist. */
final class Existing {
  private Existing() {}

  /** A version with the pacticipant it belongs to. */
  record PacticipantVersion(Pacticipant pacticipant, Version version) {}

  static Pacticipant pacticipant(Stores stores, String name) {
    return stores.pacticipants().find(name)
        .orElseThrow(() -> ApiException.notFound("No pacticipant named '" + name + "'"));
  }

  static Version version(Stores stores, Pacticipant pacticipant, String number) {
    return stores.versions().find(pacticipant.id(), number)
        .orElseThrow(() -> ApiException.notFound(pacticipant.name() + " version " + number + " not found"));
  }

  /** The pacticipant, then its version (404 for whichever is missing first). */
  static PacticipantVersion version(Stores stores, VersionPath path) {
    Pacticipant pacticipant = pacticipant(stores, path.pacticipant());
    return new PacticipantVersion(pacticipant, version(stores, pacticipant, path.version()));
  }

  static Branch branch(Stores stores, Pacticipant pacticipant, String name) {
    return stores.branches().find(pacticipant.id(), name)
        .orElseThrow(() -> ApiException.notFound(pacticipant.name() + " has no branch '" + name + "'"));
  }

  static Environment environment(Stores stores, String uuid) {
    return stores.environments().findByUuid(uuid)
        .orElseThrow(() -> ApiException.notFound("No environment with uuid '" + uuid + "'"));
  }
}
