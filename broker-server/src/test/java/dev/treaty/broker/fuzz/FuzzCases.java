package dev.treaty.broker.fuzz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * The generator of malformed requests: an endpoint from the broker's inventory, then one to three
 * mutations of its valid request, drawn from every part of a request (bodies weigh more where the
 * endpoint takes one, queries where it reads one). jqwik shrinks a failing case by dropping
 * mutations and simplifying what remains, down to the smallest request that still fails.
 */
final class FuzzCases {
  private FuzzCases() {}

  static Arbitrary<FuzzCase> of(List<Endpoint> endpoints) {
    // One arbitrary per endpoint, built once: jqwik memoizes an arbitrary's generator, not a new one per try.
    Map<Endpoint, Arbitrary<FuzzCase>> perEndpoint = new HashMap<>();
    for (Endpoint endpoint : endpoints) {
      perEndpoint.put(endpoint, Combinators.combine(
          Arbitraries.integers().between(0, 1_000_000),
          mutation(endpoint).list().ofMinSize(1).ofMaxSize(3).withSizeDistribution(RandomDistribution.biased()))
          .as((salt, mutations) -> new FuzzCase(endpoint, salt, mutations)));
    }
    return Arbitraries.of(endpoints).flatMap(perEndpoint::get);
  }

  static Arbitrary<Mutation> mutation(Endpoint endpoint) {
    boolean body = RequestTemplates.hasBody(endpoint);
    boolean pact = endpoint.path().equals("/contracts/publish") || endpoint.path().contains("/version/{consumerApplicationVersion}")
        && body;
    List<Tuple.Tuple2<Integer, Arbitrary<? extends Mutation>>> choices = new ArrayList<>();
    choices.add(Tuple.of(3, RequestLineMutations.of(endpoint)));
    choices.add(Tuple.of(2, QueryMutations.of(endpoint)));
    choices.add(Tuple.of(2, HeaderMutations.of(endpoint)));
    if (body) {
      choices.add(Tuple.of(5, JsonMutations.ofBody()));
    }
    choices.add(Tuple.of(body ? 3 : 1, ByteMutations.of()));
    choices.add(Tuple.of(1, FramingMutations.of()));
    if (pact) {
      choices.add(Tuple.of(5, JsonMutations.ofPact()));
    }
    return Arbitraries.frequencyOf(choices.toArray(Tuple.Tuple2[]::new));
  }
}
