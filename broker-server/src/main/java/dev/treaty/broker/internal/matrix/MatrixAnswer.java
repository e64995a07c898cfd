package dev.treaty.broker.internal.matrix;

import java.util.List;

/**
 * A matrix / can-i-deploy answer: every row (ignored ones flagged) with Treaty's explanation of
 * each (same order), and the decision. Rendering shows at most {@code limit} rows; the decision
 * always counts them all. {@code deployOrder} is null unless the query is a release train
 * (several pacticipants to an environment).
 */
public record MatrixAnswer(MatrixQuery query, List<MatrixRow> rows, List<RowExplanation> explanations, Decision decision,
    DeployOrder deployOrder) {
  public MatrixAnswer {
    rows = List.copyOf(rows);
    explanations = List.copyOf(explanations);
  }

  /** "3 rows: 1 yes, 1 no, 1 unknown": what the decision counted. */
  public String explanation() {
    int considered = decision.success() + decision.failed() + decision.unknown();
    String text = considered + (considered == 1 ? " row" : " rows") + ": " + decision.success() + " yes, " + decision.failed()
        + " no, " + decision.unknown() + " unknown";
    return decision.ignored() == null ? text : text + " (" + decision.ignored() + " ignored)";
  }

  /** The distinct commands that would turn the "no" and "unknown" rows into "yes". */
  public List<String> fixes() {
    java.util.Set<String> fixes = new java.util.LinkedHashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      if (!rows.get(i).ignored() && explanations.get(i).fix() != null) {
        fixes.add(explanations.get(i).fix());
      }
    }
    return List.copyOf(fixes);
  }
}
