package dev.treaty.benchmarks;

import au.com.dius.pact.core.matchers.Mismatch;
import dev.treaty.matching.MatchResult;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Both engines loaded with the same pact text, and the response bytes they are timed on. Preparing
 * checks that both accept the actual response and both reject the broken one, so a benchmark never
 * times two engines doing different work.
 */
final class MatchingPair {

  final TreatyMatching treaty;
  final PactJvmMatching pact;
  final byte[] actual;

  private MatchingPair(TreatyMatching treaty, PactJvmMatching pact, byte[] actual) {
    this.treaty = treaty;
    this.pact = pact;
    this.actual = actual;
  }

  /** Loads both engines and checks that they agree on {@code input}; throws if they do not. */
  static MatchingPair prepare(MatchingInput input) {
    return new MatchingPair(checkedTreaty(input), checkedPactJvm(input), input.actualBody());
  }

  /** pact-jvm loaded with the input's pact, checked to accept the actual and reject the broken body. */
  static PactJvmMatching checkedPactJvm(MatchingInput input) {
    PactJvmMatching pact = new PactJvmMatching(input.pactJson());
    List<Mismatch> onActual = pact.match(input.actualBody());
    check(input, "pact-jvm to accept the actual response", onActual.isEmpty(), () -> describe(onActual));
    check(input, "pact-jvm to reject the broken response",
        !pact.match(input.brokenBody()).isEmpty(), () -> "no mismatch");
    return pact;
  }

  /** Treaty loaded with the input's pact, checked to accept the actual and reject the broken body. */
  static TreatyMatching checkedTreaty(MatchingInput input) {
    String source = "order-web-order-service-" + input.name() + ".json";
    TreatyMatching treaty = new TreatyMatching(input.pactJson(), source);
    MatchResult onActual = treaty.match(input.actualBody());
    check(input, "Treaty to accept the actual response", onActual.matched(), () -> describe(onActual));
    check(input, "Treaty to reject the broken response",
        !treaty.match(input.brokenBody()).matched(), () -> "no mismatch");
    return treaty;
  }

  private static void check(
      MatchingInput input, String expectation, boolean holds, Supplier<String> found) {
    if (!holds) {
      throw new IllegalStateException("input " + input.name() + ": expected " + expectation
          + ", but found: " + found.get()
          + "; the engines would not do the same work, so this input cannot be benchmarked");
    }
  }

  private static String describe(MatchResult result) {
    return result.mismatches().stream()
        .map(m -> m.location() + " expected " + m.expected() + ", actual " + m.actual())
        .collect(Collectors.joining("; "));
  }

  private static String describe(List<Mismatch> mismatches) {
    return mismatches.stream().map(Mismatch::description).collect(Collectors.joining("; "));
  }
}
