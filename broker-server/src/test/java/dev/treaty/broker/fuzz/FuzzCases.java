package dev.treaty.broker.fuzz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * The generator of malformed requests: an endpoint from the broker's inventory, then one to three
 * mutations of its valid request, drawn from every part of a request (bodies weigh more where the
 * endpoint takes one, queries where it reads one). QuickTheories shrinks a failing case by dropping
 * mutations and simplifying what remains, down to the smallest request that still fails.
 */
final class FuzzCases {
  /** Mostly one mutation, so a finding is easy to attribute; sometimes two or three, for interactions. */
  private static final Gen<Integer> MUTATIONS_PER_CASE = Fuzz.frequency(
      Pair.of(6, Generate.constant(1)), Pair.of(3, Generate.constant(2)), Pair.of(1, Generate.constant(3)));

  private FuzzCases() {}

  static Gen<FuzzCase> of(List<Endpoint> endpoints) {
    // One generator per endpoint, built once rather than anew for every case.
    Map<Endpoint, Gen<FuzzCase>> perEndpoint = new HashMap<>();
    for (Endpoint endpoint : endpoints) {
      perEndpoint.put(endpoint, Fuzz.combine(
          Generate.range(0, 1_000_000),
          SourceDSL.lists().of(mutation(endpoint)).ofSizes(MUTATIONS_PER_CASE),
          (salt, mutations) -> new FuzzCase(endpoint, salt, mutations)));
    }
    return Fuzz.pick(endpoints).flatMap(perEndpoint::get);
  }

  static Gen<Mutation> mutation(Endpoint endpoint) {
    boolean body = RequestTemplates.hasBody(endpoint);
    boolean pact = endpoint.path().equals("/contracts/publish") || endpoint.path().contains("/version/{consumerApplicationVersion}")
        && body;
    List<Pair<Integer, Gen<Mutation>>> choices = new ArrayList<>();
    choices.add(Pair.of(3, RequestLineMutations.of(endpoint)));
    choices.add(Pair.of(2, QueryMutations.of(endpoint)));
    choices.add(Pair.of(2, HeaderMutations.of(endpoint)));
    if (body) {
      choices.add(Pair.of(5, JsonMutations.ofBody()));
    }
    choices.add(Pair.of(body ? 3 : 1, ByteMutations.of()));
    choices.add(Pair.of(1, FramingMutations.of()));
    if (pact) {
      choices.add(Pair.of(5, JsonMutations.ofPact()));
    }
    return Fuzz.frequency(choices);
  }
}
