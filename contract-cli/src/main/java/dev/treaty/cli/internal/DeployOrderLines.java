package dev.treaty.cli.internal;

import dev.treaty.broker.client.DeployOrder;
import java.io.PrintWriter;
import java.util.List;

/**
 * A release train's order, as the table output prints it under the reasons: {@code Deploy in this
 * order: 1. order-service 3.0.0  2. order-web 2.0.0} and why each step waits for another, or
 * {@code No safe deploy order: ...} and what blocks every order.
 */
final class DeployOrderLines {
  private DeployOrderLines() {}

  static void print(DeployOrder order, PrintWriter out) {
    out.println();
    if (order.possible()) {
      out.println("Deploy in this order: " + String.join("  ", order.steps().stream()
          .map(s -> s.number() + ". " + s.pacticipant() + " " + s.version()).toList()));
      indented(order.constraints(), out);
    } else {
      out.println("No safe deploy order: " + order.reason());
      indented(order.blockers().size() > 1 ? order.blockers() : List.of(), out);
    }
  }

  private static void indented(List<String> lines, PrintWriter out) {
    lines.forEach(line -> out.println("  " + line));
  }
}
