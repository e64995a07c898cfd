package dev.treaty.cli.internal;

import dev.treaty.broker.client.BrokerContractSource;
import dev.treaty.broker.client.BrokerException;
import dev.treaty.broker.client.BrokerResultsPublisher;
import dev.treaty.broker.client.PactForVerification;
import dev.treaty.broker.client.ProviderVersion;
import dev.treaty.verify.InteractionResult;
import dev.treaty.verify.LoadedContract;
import dev.treaty.verify.Outcome;
import dev.treaty.verify.VerificationResultsPublisher;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code treaty verify --broker} prints besides the summary: each pact the broker selected
 * (why, pending or not, its notices) before verifying, and which results were published after.
 */
public final class BrokerOutput {
  private final BrokerContractSource source;
  private final List<String> published = new ArrayList<>();
  private final List<String> failures = new ArrayList<>();

  public BrokerOutput(BrokerContractSource source) {
    this.source = source;
  }

  /** Prints the pacts of {@code contracts} that came from the broker, with why they were selected. */
  public void printSelection(String provider, List<LoadedContract> contracts, PrintWriter out) {
    List<LoadedContract> fromBroker = contracts.stream().filter(c -> source.selection(c.location()).isPresent()).toList();
    out.println("Pacts for " + provider + " from " + source.describe() + ": " + fromBroker.size());
    for (LoadedContract contract : fromBroker) {
      PactForVerification pact = source.selection(contract.location()).orElseThrow();
      String status = pact.wip() ? " (work in progress, pending)" : pact.pending() ? " (pending)" : "";
      String why = pact.shortDescription().isEmpty() ? "" : ": " + pact.shortDescription();
      out.println("  " + contract.contract().consumer() + why + status);
      out.println("    " + pact.url());
      NoticeLines.printTexts(contract.notices(), "    ", out);
    }
    out.println();
  }

  /** A publisher that publishes through {@code publisher}, remembering each outcome instead of stopping the run. */
  public VerificationResultsPublisher recording(BrokerResultsPublisher publisher) {
    return (contract, results) -> {
      try {
        if (publisher.publishResults(contract, results).isPresent()) {
          published.add(contract.contract().consumer() + ": " + (passed(results) ? "success" : "failure")
              + (contract.pending() ? " (pending)" : "") + " -> " + contract.location());
        }
      } catch (BrokerException e) {
        failures.add(contract.contract().consumer() + " (" + contract.location() + "): " + e.getMessage());
      }
    };
  }

  /** Prints what was published as {@code version}; returns false when publishing any pact's results failed. */
  public boolean printPublished(ProviderVersion version, PrintWriter out, PrintWriter err) {
    if (!published.isEmpty()) {
      out.println();
      out.println("Published verification results as " + describe(version) + ":");
      published.forEach(line -> out.println("  " + line));
    }
    failures.forEach(line -> err.println("treaty: publishing verification results of " + line));
    return failures.isEmpty();
  }

  private static boolean passed(List<InteractionResult> results) {
    return results.stream().allMatch(r -> r.outcome() == Outcome.PASSED);
  }

  private static String describe(ProviderVersion version) {
    StringBuilder sb = new StringBuilder("version ").append(version.number());
    if (version.branch() != null) {
      sb.append(", branch ").append(version.branch());
    }
    if (!version.tags().isEmpty()) {
      sb.append(", tags ").append(String.join(", ", version.tags()));
    }
    return sb.toString();
  }
}
