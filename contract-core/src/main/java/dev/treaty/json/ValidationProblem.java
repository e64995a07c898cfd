package dev.treaty.json;

import java.util.Objects;

/**
 * One problem found in a pact file by {@link ContractValidator} or {@link PactReader} (see {@link
 * ContractParseException#problems()}): where it is, what is wrong and how to fix it.
 *
 * @param source the file name or URL the pact came from
 * @param jsonPath the JSON path of the problem, such as {@code $.interactions[0].response.status}
 * @param line the 1-based line of the value at {@code jsonPath} (or of its nearest enclosing value
 *     when the value is missing); -1 when unknown
 * @param column the 1-based column matching {@code line}; -1 when unknown
 * @param message what is wrong, naming the bad value
 * @param hint how to fix it
 */
public record ValidationProblem(
    String source, String jsonPath, int line, int column, String message, String hint) {

  public ValidationProblem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(jsonPath, "jsonPath");
    Objects.requireNonNull(message, "message");
    hint = hint == null ? "" : hint;
  }

  /**
   * The problem on one line: {@code file.json:12:7 $.interactions[0].response.status: status is
   * "200" (a string); hint: write the status as a number: 200}.
   */
  public String format() {
    StringBuilder sb = new StringBuilder(where()).append(": ").append(message);
    if (!hint.isEmpty()) {
      sb.append("; hint: ").append(hint);
    }
    return sb.toString();
  }

  /**
   * Where the problem is: the source, then {@code :line:column} when known, then the JSON path when
   * there is one ({@code file.json:12:7 $.interactions[0].response.status}).
   */
  public String where() {
    StringBuilder sb = new StringBuilder(source);
    if (line > 0) {
      sb.append(':').append(line).append(':').append(column);
    }
    if (!jsonPath.isEmpty()) {
      sb.append(' ').append(jsonPath);
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return format();
  }
}
