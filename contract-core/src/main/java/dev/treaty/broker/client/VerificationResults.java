package dev.treaty.broker.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * The results of verifying one pact, as published to the broker (the body of {@code POST
 * pb:publish-verification-results}).
 *
 * @param success whether every interaction passed
 * @param providerVersion the provider version that verified (its branch and tags are set first)
 * @param testResults one result per interaction
 */
public record VerificationResults(boolean success, ProviderVersion providerVersion, List<TestResult> testResults) {

  public VerificationResults {
    Objects.requireNonNull(providerVersion, "providerVersion");
    testResults = List.copyOf(testResults);
  }

  /**
   * The result of one interaction.
   *
   * @param interactionId the interaction's {@code _id} in the broker's pact, or null
   * @param description the interaction's description
   * @param success whether it passed
   * @param mismatches how the provider broke it (empty when it passed or errored)
   * @param errors why it could not be verified (empty unless it errored)
   * @param actualResponse what the provider answered ({@code status}, {@code headers}, {@code body}), or null
   */
  public record TestResult(String interactionId, String description, boolean success, List<Mismatch> mismatches,
      List<String> errors, JsonNode actualResponse) {
    public TestResult {
      Objects.requireNonNull(description, "description");
      mismatches = mismatches == null ? List.of() : List.copyOf(mismatches);
      errors = errors == null ? List.of() : List.copyOf(errors);
    }
  }

  /**
   * One mismatch as the Pact Broker records it.
   *
   * @param attribute the part: method, path, query, header, status, body or metadata
   * @param identifier the JSON path or header/parameter name, or null for single-valued parts
   * @param description expected and actual, for people
   */
  public record Mismatch(String attribute, String identifier, String description) {
    public Mismatch {
      Objects.requireNonNull(attribute, "attribute");
      Objects.requireNonNull(description, "description");
    }
  }
}
