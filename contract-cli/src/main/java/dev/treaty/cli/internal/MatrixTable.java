package dev.treaty.cli.internal;

import dev.treaty.broker.client.MatrixAnswer;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints a matrix answer as the Pact CLI does (a CONSUMER | C.VERSION | PROVIDER | P.VERSION |
 * SUCCESS? | RESULT# table), then each row's reason (and, for a no or unknown, the command that
 * fixes it) under its number, a release train's deploy order, then the summary and where the
 * broker keeps the decision.
 */
public final class MatrixTable {
  private static final List<String> HEADINGS = List.of("CONSUMER", "C.VERSION", "PROVIDER", "P.VERSION", "SUCCESS?", "RESULT#");

  private MatrixTable() {}

  /** The table, reasons, summary and decision URL of {@code answer}. */
  public static void print(MatrixAnswer answer, PrintWriter out) {
    List<List<String>> cells = new ArrayList<>();
    cells.add(HEADINGS);
    for (int i = 0; i < answer.rows().size(); i++) {
      MatrixAnswer.Row row = answer.rows().get(i);
      cells.add(List.of(row.consumer(), row.consumerVersion(), row.provider(),
          row.providerVersion() == null ? "???" : row.providerVersion(),
          row.success() == null ? "???" : row.success().toString(), String.valueOf(i + 1)));
    }
    Table.print(cells, out);
    printReasons(answer, out);
    if (answer.deployOrder() != null) {
      DeployOrderLines.print(answer.deployOrder(), out);
    }
    out.println();
    out.println(answer.reason());
    if (!answer.explanation().isEmpty()) {
      out.println(answer.explanation());
    }
    if (answer.decisionUrl() != null) {
      out.println("Decision: " + answer.decisionUrl());
    }
  }

  private static void printReasons(MatrixAnswer answer, PrintWriter out) {
    if (answer.rows().stream().allMatch(r -> r.reason().isEmpty())) {
      return;
    }
    out.println();
    out.println("REASONS");
    for (int i = 0; i < answer.rows().size(); i++) {
      MatrixAnswer.Row row = answer.rows().get(i);
      String number = (i + 1) + ". ";
      out.println(number + "[" + row.status() + "] " + row.reason());
      if (!row.status().equals("yes") && !row.fix().isEmpty()) {
        out.println(" ".repeat(number.length()) + "fix: " + row.fix());
      }
    }
  }
}
