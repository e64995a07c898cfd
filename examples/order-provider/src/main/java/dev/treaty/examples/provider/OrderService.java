package dev.treaty.examples.provider;

import io.javalin.Javalin;
import java.time.Clock;

/**
 * The order service: wires the routes of the order API onto a Javalin server. Run {@link #main}
 * ({@code java -jar order-service.jar [--port 8080] [--verification-endpoints]}), or {@link #create}
 * one for tests and start it on port 0.
 *
 * <pre>{@code
 * Javalin app = OrderService.create(new OrderRepository(), OrderJson.standard()).start(0);
 * }</pre>
 */
public final class OrderService {
  private OrderService() {}

  /** A server (not started) answering from {@code repository}, writing orders with {@code json}. */
  public static Javalin create(OrderRepository repository, OrderJson json) {
    return create(repository, json, false);
  }

  /**
   * A server (not started); with {@code verificationEndpoints} it also offers the provider-state
   * and message endpoints a verifier outside the JVM needs ({@link VerificationEndpoints}).
   */
  public static Javalin create(OrderRepository repository, OrderJson json, boolean verificationEndpoints) {
    OrderRoutes routes = new OrderRoutes(repository, json, new Catalog(), Clock.systemUTC());
    return Javalin.create(config -> {
      config.routes.get("/orders/{id}", routes::find);
      config.routes.get("/orders", routes::list);
      config.routes.post("/orders", routes::place);
      if (verificationEndpoints) {
        VerificationEndpoints.register(config, new ProviderStates(repository));
      }
    });
  }

  /** {@code [--port N] [--verification-endpoints]}: serves on port N (8080) until stopped. */
  public static void main(String[] args) {
    int port = 8080;
    boolean verificationEndpoints = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--port" -> port = Integer.parseInt(args[++i]);
        case "--verification-endpoints" -> verificationEndpoints = true;
        default -> throw new IllegalArgumentException("unknown argument " + args[i]
            + "; usage: [--port 8080] [--verification-endpoints]");
      }
    }
    create(new OrderRepository(), OrderJson.standard(), verificationEndpoints).start(port);
  }
}
