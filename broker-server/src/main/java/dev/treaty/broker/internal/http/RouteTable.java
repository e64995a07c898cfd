package dev.treaty.broker.internal.http;

import io.javalin.config.RoutesConfig;

/** Adds routes to Javalin, handing each handler the broker's context. */
final class RouteTable {
  private final RoutesConfig routes;
  private final BrokerContext broker;

  RouteTable(RoutesConfig routes, BrokerContext broker) {
    this.routes = routes;
    this.broker = broker;
  }

  void get(String path, Route route) {
    routes.get(path, ctx -> route.handle(broker, ctx));
  }

  void post(String path, Route route) {
    routes.post(path, ctx -> route.handle(broker, ctx));
  }

  void put(String path, Route route) {
    routes.put(path, ctx -> route.handle(broker, ctx));
  }

  void patch(String path, Route route) {
    routes.patch(path, ctx -> route.handle(broker, ctx));
  }

  void delete(String path, Route route) {
    routes.delete(path, ctx -> route.handle(broker, ctx));
  }
}
