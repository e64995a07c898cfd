package dev.treaty.broker.internal.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.internal.api.JsonTrees;
import dev.treaty.broker.internal.store.Environment;
import dev.treaty.broker.internal.store.Pacticipant;
import dev.treaty.broker.internal.store.Saved;
import dev.treaty.broker.internal.store.Stores;
import dev.treaty.broker.internal.store.Version;
import io.javalin.http.Context;
import java.util.Set;

/**
 * The version and environment a record-deployment/record-release URL names. The environment must
 * exist; the pacticipant and version are created when the broker has never seen them (a provider
 * may deploy before any consumer names it), and the reply then says so in {@code notices}, as it
 * does for a version that published no contract and no verification result.
 */
record DeploymentTarget(Pacticipant pacticipant, Version version, Environment environment, boolean newPacticipant, boolean newVersion) {
  static DeploymentTarget of(Stores stores, Context ctx) {
    Environment environment = Existing.environment(stores, PathParams.get(ctx, "environment"));
    Saved<Pacticipant> pacticipant = stores.pacticipants().findOrCreate(PathParams.get(ctx, "pacticipant"));
    Saved<Version> version = stores.versions().findOrCreate(pacticipant.value().id(), PathParams.get(ctx, "version"));
    return new DeploymentTarget(pacticipant.value(), version.value(), environment, pacticipant.created(), version.created());
  }

  /** Adds {@code notices} saying what the broker does not know about the version, if anything. */
  ObjectNode withNotices(Stores stores, ObjectNode body, String what) {
    ArrayNode notices = JsonTrees.MAPPER.createArrayNode();
    String name = pacticipant.name() + " version " + version.number();
    if (newPacticipant) {
      notices.addObject().put("type", "warning").put("text", "The broker had never seen a pacticipant named " + pacticipant.name()
          + "; it was created by this " + what + " (if the name is a typo, the real one is still not recorded in " + environment.name() + ")");
    } else if (newVersion) {
      notices.addObject().put("type", "warning").put("text", "The broker had never seen " + name + "; it was created by this " + what);
    }
    if (!stores.matrix().active(Set.of(version.id())).contains(version.id())) {
      notices.addObject().put("type", "warning").put("text", name + " has published no contract and no verification result, so the "
          + "broker cannot tell what it is compatible with: can-i-deploy answers 'unknown' for every pact of a consumer in "
          + environment.name() + " that it has not verified");
    }
    if (!notices.isEmpty()) {
      body.set("notices", notices);
    }
    return body;
  }

}
