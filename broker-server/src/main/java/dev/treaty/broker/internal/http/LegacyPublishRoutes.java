package dev.treaty.broker.internal.http;

import dev.treaty.broker.internal.api.RequestFields;
import dev.treaty.broker.internal.publishing.PactContent;
import dev.treaty.broker.internal.publishing.PactPublisher;
import dev.treaty.broker.internal.publishing.PublishNotices;
import dev.treaty.broker.internal.store.Pacticipant;
import dev.treaty.broker.internal.store.Version;
import dev.treaty.pact.PactDocument;
import io.javalin.http.Context;
import java.util.Objects;

/**
 * The old publish API (§3.3): {@code PUT} the pact JSON to
 * {@code /pacts/provider/{p}/consumer/{c}/version/{v}} (201 new, 200 unchanged, 409 changed), or
 * {@code PATCH} it to merge into the published pact. Used by the Ruby CLI's old path and pact-jvm's
 * fallback.
 */
final class LegacyPublishRoutes {
  private LegacyPublishRoutes() {}

  static void put(BrokerContext broker, Context ctx) {
    publish(broker, ctx, false);
  }

  static void patch(BrokerContext broker, Context ctx) {
    publish(broker, ctx, true);
  }

  private static void publish(BrokerContext broker, Context ctx, boolean merge) {
    PactPath path = PactPath.of(ctx);
    String providerName = path.provider();
    String consumerName = path.consumer();
    String number = PathParams.get(ctx, "version");
    PactDocument pact = readPact(ctx, consumerName, providerName);
    PactPublisher.Result result = broker.write(stores -> {
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
    Json.reply(ctx, status, PactResource.render(broker.hal(ctx), result.pact(), null));
  }

  private static PactDocument readPact(Context ctx, String consumer, String provider) {
    String text = Json.text(ctx);
    RequestFields fields = new RequestFields();
    if (text.isBlank()) {
      fields.add("body", "is required: the pact JSON");
      fields.throwIfAny();
    }
    PactDocument pact = PactContent.read(text, "body", fields);
    fields.throwIfAny();
    checkName(pact, "consumer", consumer, fields);
    checkName(pact, "provider", provider, fields);
    fields.throwIfAny();
    return pact;
  }

  private static void checkName(PactDocument pact, String role, String inUrl, RequestFields fields) {
    String inPact = PactContent.name(pact, role);
    if (!Objects.equals(inPact, inUrl)) {
      fields.add(role + ".name", "is " + (inPact == null ? "missing" : "'" + inPact + "'") + " but the URL says " + role + " '" + inUrl + "'");
    }
  }
}
