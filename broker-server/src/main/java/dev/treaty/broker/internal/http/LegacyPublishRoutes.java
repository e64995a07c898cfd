package dev.treaty.broker.internal.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.internal.store.PactPublisher;
import dev.treaty.broker.internal.store.Pacticipant;
import dev.treaty.broker.internal.store.Stores;
import dev.treaty.broker.internal.store.Version;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Objects;

/**
 * The old publish API (§3.3): {@code PUT} the pact JSON to
 * {@code /pacts/provider/{p}/consumer/{c}/version/{v}} (201 new, 200 unchanged, 409 changed), or
 * {@code PATCH} it to merge into the published pact. Used by the Ruby CLI's old path and pact-jvm's
 * fallback.
 */
final class LegacyPublishRoutes implements Routes {
  private static final String PATH = "/pacts/provider/{provider}/consumer/{consumer}/version/{version}";

  private final BrokerContext broker;

  LegacyPublishRoutes(BrokerContext broker) {
    this.broker = broker;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.put(PATH, ctx -> publish(ctx, false));
    routes.patch(PATH, ctx -> publish(ctx, true));
  }

  private void publish(Context ctx, boolean merge) {
    String providerName = PathParams.get(ctx, "provider");
    String consumerName = PathParams.get(ctx, "consumer");
    String number = PathParams.get(ctx, "version");
    ObjectNode pact = readPact(ctx, consumerName, providerName);
    PactPublisher.Result result = broker.database().write(handle -> {
      Stores stores = Stores.of(handle, broker.clock().instant());
      Pacticipant consumer = stores.pacticipants().findOrCreate(consumerName).value();
      Pacticipant provider = stores.pacticipants().findOrCreate(providerName).value();
      Version version = stores.versions().findOrCreate(consumer.id(), number).value();
      PactPublisher.Result published = new PactPublisher(stores)
          .publish(version, provider, pact, merge, broker.config().allowContractModification());
      if (published.outcome() == PactPublisher.Outcome.CONFLICT) {
        throw PublishNotices.conflict(published, pact, consumerName, number, providerName);
      }
      return published;
    });
    int status = result.outcome() == PactPublisher.Outcome.CREATED ? 201 : 200;
    Json.reply(ctx, status, PactResource.render(broker.baseUrls().hal(ctx), result.pact(), null));
  }

  private static ObjectNode readPact(Context ctx, String consumer, String provider) {
    Json.requireJsonContentType(ctx);
    String text = ctx.body();
    RequestFields fields = new RequestFields();
    if (text.isBlank()) {
      fields.add("body", "is required: the pact JSON");
      fields.throwIfAny();
    }
    ObjectNode pact = PactContent.read(text, "body", fields);
    fields.throwIfAny();
    checkName(pact, "consumer", consumer, fields);
    checkName(pact, "provider", provider, fields);
    fields.throwIfAny();
    return pact;
  }

  private static void checkName(ObjectNode pact, String role, String inUrl, RequestFields fields) {
    String inPact = PactContent.name(pact, role);
    if (!Objects.equals(inPact, inUrl)) {
      fields.add(role + ".name", "is " + (inPact == null ? "missing" : "'" + inPact + "'") + " but the URL says " + role + " '" + inUrl + "'");
    }
  }
}
