package dev.treaty.cli.internal;

import dev.treaty.broker.client.Deployment;
import java.io.PrintWriter;
import java.util.List;

/**
 * What each record-* command prints: per record, what was recorded where, then the broker's
 * notices; with {@code --output json} the broker's record as it sent it (a JSON array of them for
 * the commands that end several).
 */
public final class DeploymentLines {
  private DeploymentLines() {}

  /** One record, as lines or as the broker's JSON. */
  public static void print(String what, String preposition, Deployment d, String broker, PrintWriter out, OutputOption output) {
    if (output.json()) {
      out.println(d.json());
    } else {
      print(what, preposition, d, broker, out);
    }
  }

  /** Several records: each as lines, or one JSON array of what the broker sent. */
  public static void printAll(String what, String preposition, List<Deployment> ended, String broker, PrintWriter out, OutputOption output) {
    if (output.json()) {
      out.println("[" + String.join(",", ended.stream().map(Deployment::json).toList()) + "]");
    } else {
      ended.forEach(d -> print(what, preposition, d, broker, out));
    }
  }

  /** {@code Recorded <what> of P version V <preposition> E (instance I) in <broker>.} and the notices. */
  private static void print(String what, String preposition, Deployment d, String broker, PrintWriter out) {
    out.println("Recorded " + what + " of " + d.pacticipant() + " version " + d.version() + " " + preposition + " "
        + d.environment() + (d.applicationInstance() == null ? "" : " (application instance " + d.applicationInstance() + ")")
        + " in " + broker + ".");
    NoticeLines.print(d.notices(), out);
  }
}
