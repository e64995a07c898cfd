package dev.treaty.broker.fuzz;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One generated input: an endpoint, a salt for the names its valid request makes unique, and the
 * mutations that spoil that request. It holds no world data, so the same seed generates the same
 * cases on every broker; {@link #render} fills in the world's names and ids.
 */
record FuzzCase(Endpoint endpoint, int salt, List<Mutation> mutations) {
  FuzzCase {
    mutations = List.copyOf(mutations);
  }

  /** The request, with {@link Draft#notes} saying what each mutation changed where. */
  Draft render(FuzzWorld world, String host) {
    Draft draft = RequestTemplates.valid(endpoint, world, salt, host);
    mutations.stream().sorted(Comparator.comparing(Mutation::stage)).forEach(m -> m.applyTo(draft));
    return draft;
  }

  @Override
  public String toString() {
    return endpoint + " (salt " + salt + "): " + mutations.stream().map(Mutation::description).collect(Collectors.joining("; "));
  }
}
