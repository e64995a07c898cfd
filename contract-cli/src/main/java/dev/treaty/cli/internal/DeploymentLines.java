package dev.treaty.cli.internal;

import dev.treaty.broker.client.Deployment;
import java.io.PrintWriter;

/** The line each record-* command prints: what was recorded where, then the broker's notices. */
public final class DeploymentLines {
  private DeploymentLines() {}

  /** {@code Recorded <what> of P version V <preposition> E (instance I) in <broker>.} and the notices. */
  public static void print(String what, String preposition, Deployment d, String broker, PrintWriter out) {
    out.println("Recorded " + what + " of " + d.pacticipant() + " version " + d.version() + " " + preposition + " "
        + d.environment() + (d.applicationInstance() == null ? "" : " (application instance " + d.applicationInstance() + ")")
        + " in " + broker + ".");
    NoticeLines.print(d.notices(), out);
  }
}
