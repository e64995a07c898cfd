package dev.treaty.broker.internal.http;

import dev.treaty.broker.internal.store.Pacticipant;
import dev.treaty.broker.internal.store.Saved;
import dev.treaty.broker.internal.store.Stores;
import dev.treaty.broker.internal.store.Version;
import io.javalin.http.Context;

/** What {@code /pacticipants/{pacticipant}/versions/{version}} (and paths below it) names. */
record VersionPath(String pacticipant, String version) {
  static VersionPath of(Context ctx) {
    return new VersionPath(PathParams.get(ctx, "pacticipant"), PathParams.get(ctx, "version"));
  }

  /** The version, creating it (and the pacticipant) when missing, as publishing and tagging do. */
  Saved<Version> findOrCreate(Stores stores) {
    Pacticipant found = stores.pacticipants().findOrCreate(pacticipant).value();
    return stores.versions().findOrCreate(found.id(), version);
  }
}
