package dev.treaty.broker.internal.http;

import java.util.List;

/** Every route group of the broker, in the order they are added. Add new groups here. */
public final class BrokerRoutes {
  private BrokerRoutes() {}

  public static List<Routes> all(BrokerContext broker) {
    return List.of(
        new IndexRoutes(broker),
        new HealthRoutes(broker),
        new OpenApiRoutes());
  }
}
