package dev.treaty.broker.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.broker.client.VerificationResults;
import dev.treaty.contract.Interaction;
import dev.treaty.matching.Mismatch;
import dev.treaty.verify.InteractionResult;
import dev.treaty.verify.LoadedContract;
import dev.treaty.verify.Outcome;
import java.util.ArrayList;
import java.util.List;

/** Turns the verifier's interaction results into the broker's test results, finding each interaction's {@code _id}. */
public final class TestResults {
  private TestResults() {}

  /** One test result per result, in order. */
  public static List<VerificationResults.TestResult> of(LoadedContract contract, List<InteractionResult> results) {
    List<Interaction> unmatched = new ArrayList<>(contract.contract().interactions());
    List<VerificationResults.TestResult> list = new ArrayList<>();
    for (InteractionResult result : results) {
      Interaction interaction = take(unmatched, result);
      list.add(new VerificationResults.TestResult(interactionId(interaction), result.description(),
          result.outcome() == Outcome.PASSED, mismatches(result),
          result.error() == null ? List.of() : List.of(result.error()), null));
    }
    return list;
  }

  private static Interaction take(List<Interaction> interactions, InteractionResult result) {
    for (int i = 0; i < interactions.size(); i++) {
      Interaction candidate = interactions.get(i);
      if (candidate.description().equals(result.description())
          && candidate.providerStates().equals(result.providerStates())) {
        return interactions.remove(i);
      }
    }
    return null;
  }

  private static String interactionId(Interaction interaction) {
    if (interaction == null) {
      return null;
    }
    JsonNode id = interaction.extensions().get("_id");
    return id == null || !id.isTextual() ? null : id.asText();
  }

  private static List<VerificationResults.Mismatch> mismatches(InteractionResult result) {
    List<VerificationResults.Mismatch> list = new ArrayList<>();
    for (Mismatch m : result.mismatches()) {
      list.add(new VerificationResults.Mismatch(m.part().label(), m.path().isEmpty() ? null : m.path(),
          "expected: " + m.expected() + "; actual: " + m.actual()));
    }
    return list;
  }
}
