package dev.treaty.matching;

import dev.treaty.contract.Interaction;
import dev.treaty.contract.ProviderState;
import java.util.List;

/**
 * Renders the result of matching one interaction as plain text: a headline naming consumer,
 * provider, interaction and provider states, then each mismatch as location, expected and actual.
 *
 * <pre>
 * order-web -&gt; order-service, interaction "get order 42" (given "order 42 exists"): 1 mismatch
 *   body $.items[0].price
 *     expected: a number (type match), example 12.5
 *     actual:   "12.5" (string)
 * </pre>
 */
public final class PlainTextMismatchRenderer {

  private PlainTextMismatchRenderer() {}

  /** Renders {@code result} for {@code interaction} between {@code consumer} and {@code provider}. */
  public static String render(String consumer, String provider, Interaction interaction, MatchResult result) {
    return render(consumer, provider, interaction.description(), interaction.providerStates(), result);
  }

  /** Renders {@code result} for an interaction given by its description and provider states. */
  public static String render(
      String consumer, String provider, String description, List<ProviderState> states, MatchResult result) {
    StringBuilder sb = new StringBuilder();
    sb.append(consumer).append(" -> ").append(provider)
        .append(", interaction ").append(quote(description));
    if (!states.isEmpty()) {
      sb.append(" (given ");
      for (int i = 0; i < states.size(); i++) {
        if (i > 0) {
          sb.append(" and ");
        }
        sb.append(quote(states.get(i).name()));
      }
      sb.append(')');
    }
    int n = result.mismatches().size();
    sb.append(": ").append(n == 0 ? "matched" : n + (n == 1 ? " mismatch" : " mismatches")).append('\n');
    for (Mismatch m : result.mismatches()) {
      sb.append("  ").append(m.location()).append('\n');
      sb.append("    expected: ").append(m.expected()).append('\n');
      sb.append("    actual:   ").append(m.actual()).append('\n');
    }
    return sb.toString();
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
