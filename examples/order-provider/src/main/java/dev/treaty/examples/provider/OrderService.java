package dev.treaty.examples.provider;

import io.javalin.Javalin;
import java.time.Clock;

/**
 * The order service: wires the routes of the order API onto a Javalin server. Run {@link #main}
 * for a server on port 7070, or {@link #create} one for tests and start it on port 0.
 *
 * <pre>{@code
 * Javalin app = OrderService.create(new OrderRepository(), OrderJson.standard()).start(0);
 * }</pre>
 */
public final class OrderService {
  private OrderService() {}

  /** A server (not started) answering from {@code repository}, writing orders with {@code json}. */
  public static Javalin create(OrderRepository repository, OrderJson json) {
    OrderRoutes routes = new OrderRoutes(repository, json, new Catalog(), Clock.systemUTC());
    return Javalin.create(config -> {
      config.routes.get("/orders/{id}", routes::find);
      config.routes.get("/orders", routes::list);
      config.routes.post("/orders", routes::place);
    });
  }

  public static void main(String[] args) {
    create(new OrderRepository(), OrderJson.standard()).start(7070);
  }
}
