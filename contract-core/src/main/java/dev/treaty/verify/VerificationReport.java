package dev.treaty.verify;

import java.util.List;
import java.util.Objects;

/**
 * The results of verifying a provider against its contracts: one {@link InteractionResult} per
 * interaction, in the order verified, and the notices of the contract sources.
 *
 * <p>The run {@linkplain #succeeded() succeeds} when no interaction failed or errored; pending
 * interactions never fail it. Render it with {@link VerificationSummaryRenderer} (for people) or
 * {@link VerificationJsonWriter} (for tools).
 */
public record VerificationReport(String provider, List<InteractionResult> results, List<String> notices) {

  public VerificationReport {
    Objects.requireNonNull(provider, "provider");
    results = List.copyOf(results);
    notices = notices == null ? List.of() : List.copyOf(notices);
  }

  /** How many interactions ended with {@code outcome}. */
  public int count(Outcome outcome) {
    return (int) results.stream().filter(r -> r.outcome() == outcome).count();
  }

  /** Whether no interaction failed or errored (pending ones excepted). */
  public boolean succeeded() {
    return results.stream().noneMatch(InteractionResult::failsRun);
  }
}
