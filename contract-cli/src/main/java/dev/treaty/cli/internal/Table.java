package dev.treaty.cli.internal;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table as the Pact CLIs print theirs. */
public final class Table {
  private Table() {}

  /** Columns padded to their widest cell and separated by {@code " | "}, a dashed line under the headings. */
  public static void print(List<List<String>> cells, PrintWriter out) {
    int[] widths = new int[cells.get(0).size()];
    for (List<String> row : cells) {
      for (int c = 0; c < row.size(); c++) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    for (int r = 0; r < cells.size(); r++) {
      out.println(line(cells.get(r), widths));
      if (r == 0) {
        List<String> dashes = new ArrayList<>();
        for (int width : widths) {
          dashes.add("-".repeat(width));
        }
        out.println(String.join("-|-", dashes));
      }
    }
  }

  private static String line(List<String> row, int[] widths) {
    StringBuilder sb = new StringBuilder();
    for (int c = 0; c < row.size(); c++) {
      sb.append(c == 0 ? "" : " | ").append(c == row.size() - 1 ? row.get(c) : pad(row.get(c), widths[c]));
    }
    return sb.toString();
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(width - text.length());
  }
}
