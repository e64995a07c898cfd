package dev.treaty.broker.internal.http;

import dev.treaty.broker.internal.access.Access;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Adds routes to Javalin, each with the access it needs when access control is on: reads need
 * {@link Access#READ} and writes {@link Access#WRITE} unless the route says otherwise. Every
 * handler gets the broker as its request sees it ({@link RequestAccess}), and only parameters
 * within {@link ParameterLimits}.
 */
final class RouteTable {
  private final RoutesConfig routes;
  private final BrokerContext broker;

  RouteTable(RoutesConfig routes, BrokerContext broker) {
    this.routes = routes;
    this.broker = broker;
  }

  void get(String path, Route route) {
    get(path, Access.READ, route);
  }

  void get(String path, Access access, Route route) {
    routes.get(path, ctx -> route.handle(admit(access, ctx), ctx));
  }

  void post(String path, Route route) {
    post(path, Access.WRITE, route);
  }

  void post(String path, Access access, Route route) {
    routes.post(path, ctx -> route.handle(admit(access, ctx), ctx));
  }

  void put(String path, Route route) {
    put(path, Access.WRITE, route);
  }

  void put(String path, Access access, Route route) {
    routes.put(path, ctx -> route.handle(admit(access, ctx), ctx));
  }

  void patch(String path, Route route) {
    routes.patch(path, ctx -> route.handle(admit(Access.WRITE, ctx), ctx));
  }

  void delete(String path, Route route) {
    delete(path, Access.WRITE, route);
  }

  void delete(String path, Access access, Route route) {
    routes.delete(path, ctx -> route.handle(admit(access, ctx), ctx));
  }

  private BrokerContext admit(Access access, Context ctx) {
    BrokerContext admitted = RequestAccess.admit(broker, access, ctx);
    ParameterLimits.check(ctx);
    return admitted;
  }
}
