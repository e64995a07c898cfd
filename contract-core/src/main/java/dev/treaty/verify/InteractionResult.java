package dev.treaty.verify;

import dev.treaty.contract.HttpResponse;
import dev.treaty.contract.ProviderState;
import dev.treaty.matching.MatchResult;
import dev.treaty.matching.Mismatch;
import java.util.List;
import java.util.Objects;

/**
 * The result of verifying one interaction: who and what it was about, the {@link Outcome}, every
 * mismatch found (for {@code FAILED}, and for a {@code PENDING} interaction that failed), and for
 * an {@code ERROR} (or a {@code PENDING} interaction that errored) the error message and its cause.
 *
 * @param consumer the consumer of the contract
 * @param provider the provider of the contract
 * @param description the interaction's description
 * @param providerStates the interaction's provider states
 * @param location where the contract came from (file or URL)
 * @param outcome how verification ended
 * @param mismatches every mismatch, empty unless the response broke the contract
 * @param error what went wrong when the interaction could not be verified, else null
 * @param cause the exception behind {@code error}, or null
 * @param actualResponse what the provider answered to an HTTP interaction, or null when no answer
 *     arrived (or for messages); brokers store it to learn which fields consumers really use
 */
public record InteractionResult(
    String consumer,
    String provider,
    String description,
    List<ProviderState> providerStates,
    String location,
    Outcome outcome,
    List<Mismatch> mismatches,
    String error,
    Throwable cause,
    HttpResponse actualResponse) {

  public InteractionResult {
    Objects.requireNonNull(consumer, "consumer");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(outcome, "outcome");
    providerStates = providerStates == null ? List.of() : List.copyOf(providerStates);
    mismatches = mismatches == null ? List.of() : List.copyOf(mismatches);
  }

  /** A result without an actual response (an error before the provider answered, or a message). */
  public InteractionResult(String consumer, String provider, String description, List<ProviderState> providerStates,
      String location, Outcome outcome, List<Mismatch> mismatches, String error, Throwable cause) {
    this(consumer, provider, description, providerStates, location, outcome, mismatches, error, cause, null);
  }

  /** Whether this result fails a verification run ({@code FAILED} or {@code ERROR}). */
  public boolean failsRun() {
    return outcome == Outcome.FAILED || outcome == Outcome.ERROR;
  }

  /** The mismatches as a {@link MatchResult}, for {@code PlainTextMismatchRenderer}. */
  public MatchResult matchResult() {
    return new MatchResult(mismatches);
  }

  /** The interaction's states as {@code given "a" and "b"}, or an empty string without states. */
  public String givenText() {
    if (providerStates.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder("given ");
    for (int i = 0; i < providerStates.size(); i++) {
      sb.append(i == 0 ? "" : " and ").append('"').append(providerStates.get(i).name()).append('"');
    }
    return sb.toString();
  }
}
