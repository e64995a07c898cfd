package dev.treaty.broker.internal.http;

import io.javalin.http.Context;

/** A route handler: one request, with the broker's context. */
@FunctionalInterface
interface Route {
  void handle(BrokerContext broker, Context ctx) throws Exception;
}
