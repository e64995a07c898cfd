package dev.treaty.broker.internal.http;

import java.util.List;

/** Every route group of the broker, in the order they are added. Add new groups here. */
public final class BrokerRoutes {
  private BrokerRoutes() {}

  public static List<Routes> all(BrokerContext broker) {
    return List.of(
        new IndexRoutes(broker),
        new HealthRoutes(broker),
        new PublishRoutes(broker),
        new LegacyPublishRoutes(broker),
        new PactRoutes(broker),
        new PacticipantRoutes(broker),
        new VersionRoutes(broker),
        new BranchRoutes(broker),
        new TagRoutes(broker),
        new ProviderPactsRoutes(broker),
        new EnvironmentRoutes(broker),
        new DeploymentRoutes(broker),
        new ForVerificationRoutes(broker),
        new VerificationRoutes(broker),
        new MatrixRoutes(broker),
        new OpenApiRoutes());
  }
}
