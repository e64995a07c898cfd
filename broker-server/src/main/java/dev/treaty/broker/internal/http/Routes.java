package dev.treaty.broker.internal.http;

import io.javalin.config.RoutesConfig;

/** One group of related routes (a resource of the broker's API), added to Javalin at start-up. */
public interface Routes {
  void addTo(RoutesConfig routes);
}
