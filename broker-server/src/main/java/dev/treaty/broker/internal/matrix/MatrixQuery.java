package dev.treaty.broker.internal.matrix;

import java.util.List;

/** A parsed matrix query: the specified selectors in order, the options and the ignore selectors. */
public record MatrixQuery(List<MatrixSelector> selectors, MatrixOptions options, List<MatrixSelector> ignore) {
  public MatrixQuery {
    selectors = List.copyOf(selectors);
    ignore = List.copyOf(ignore);
  }
}
