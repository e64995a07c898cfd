package dev.treaty.verify;

import dev.treaty.contract.ProviderState;
import dev.treaty.matching.PlainTextMismatchRenderer;
import java.util.List;

/**
 * Renders a {@link VerificationReport} as the text a person reads in a CI log: the counts first,
 * then each failed, errored and pending interaction with consumer, description, provider states,
 * and every mismatch (part, path, expected, actual) or the error.
 *
 * <pre>
 * order-service: 3 interactions, 1 passed, 1 failed, 1 error, 0 pending: FAILED
 *
 * FAILED order-web -&gt; order-service, interaction "get order 42" (given "order 42 exists"): 1 mismatch
 *   body $.total
 *     expected: a number (type match), example 12.5
 *     actual:   "12.5" (string)
 *   contract: pacts/order-web-order-service.json
 * </pre>
 */
public final class VerificationSummaryRenderer {

  private VerificationSummaryRenderer() {}

  /** The summary of {@code report}, ending with a newline. */
  public static String render(VerificationReport report) {
    StringBuilder sb = new StringBuilder();
    int total = report.results().size();
    sb.append(report.provider()).append(": ").append(total).append(total == 1 ? " interaction" : " interactions")
        .append(", ").append(report.count(Outcome.PASSED)).append(" passed")
        .append(", ").append(report.count(Outcome.FAILED)).append(" failed")
        .append(", ").append(report.count(Outcome.ERROR)).append(report.count(Outcome.ERROR) == 1 ? " error" : " errors")
        .append(", ").append(report.count(Outcome.PENDING)).append(" pending")
        .append(": ").append(report.succeeded() ? "OK" : "FAILED").append('\n');
    for (String notice : report.notices()) {
      sb.append("notice: ").append(notice).append('\n');
    }
    for (Outcome outcome : List.of(Outcome.FAILED, Outcome.ERROR, Outcome.PENDING)) {
      for (InteractionResult result : report.results()) {
        if (result.outcome() == outcome) {
          sb.append('\n').append(renderResult(result));
        }
      }
    }
    return sb.toString();
  }

  /** One interaction's result: headline, then mismatches or the error, then the contract location. */
  public static String renderResult(InteractionResult result) {
    StringBuilder sb = new StringBuilder(result.outcome().name()).append(' ');
    if (result.error() == null) {
      sb.append(PlainTextMismatchRenderer.render(result.consumer(), result.provider(), result.description(),
          result.providerStates(), result.matchResult()));
    } else {
      sb.append(headline(result)).append(": could not be verified\n");
      sb.append("  ").append(result.error()).append('\n');
    }
    sb.append("  contract: ").append(result.location()).append('\n');
    return sb.toString();
  }

  private static String headline(InteractionResult result) {
    StringBuilder sb = new StringBuilder();
    sb.append(result.consumer()).append(" -> ").append(result.provider())
        .append(", interaction ").append(quote(result.description()));
    List<ProviderState> states = result.providerStates();
    for (int i = 0; i < states.size(); i++) {
      sb.append(i == 0 ? " (given " : " and ").append(quote(states.get(i).name()));
    }
    return states.isEmpty() ? sb.toString() : sb.append(')').toString();
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
