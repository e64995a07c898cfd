package dev.treaty.broker.fuzz;

import dev.treaty.broker.internal.http.ApiRoute;
import dev.treaty.broker.testing.RunningBroker;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the fuzzer would miss on a broker: a route it serves that the fuzzer's inventory lacks, a
 * path parameter the {@link FuzzWorld} has no valid value for (every request to it would stop at
 * "not found"), an endpoint taking a body without a valid template to mutate, or a template for an
 * endpoint that no longer exists. {@code FuzzCoverageTest} (which can read the route table) fails on any.
 */
public final class FuzzCoverage {
  private FuzzCoverage() {}

  /** One line per gap between {@code served} (the broker's route table) and what the fuzzer covers; empty when none. */
  public static List<String> gaps(Collection<ApiRoute> served, RunningBroker broker) {
    List<Endpoint> endpoints = EndpointInventory.of(broker.http());
    FuzzWorld world = FuzzWorld.seed(broker.http());
    List<String> gaps = new ArrayList<>();
    Set<String> inventory = endpoints.stream().map(Endpoint::shape).collect(Collectors.toSet());
    served.stream().filter(route -> !inventory.contains(route.shape())).distinct().sorted()
        .forEach(route -> gaps.add(route + ": served, but not in the fuzzer's inventory (GET /openapi.json); document it"));
    for (Endpoint endpoint : endpoints) {
      for (String parameter : endpoint.parameters()) {
        if (world.value(endpoint, parameter) == null) {
          gaps.add(endpoint + ": no valid value for {" + parameter + "}; add one to FuzzWorld.value");
        }
      }
      if (endpoint.takesBody() && !RequestTemplates.hasBody(endpoint)) {
        gaps.add(endpoint + ": takes a body but has no valid one to mutate; add it to RequestTemplates");
      }
    }
    Set<String> known = endpoints.stream().map(Endpoint::toString).collect(Collectors.toSet());
    RequestTemplates.endpointsWithBodies().stream().filter(e -> !known.contains(e)).sorted()
        .forEach(e -> gaps.add(e + ": RequestTemplates has a body for an endpoint the broker does not serve; remove it"));
    return gaps;
  }
}
