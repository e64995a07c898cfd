package dev.treaty.json;

import java.util.List;
import java.util.Objects;

/**
 * A pact file that cannot be read: every problem the reader found, each naming the source, the
 * JSON path and, for JSON syntax errors, the line and column. The message is the first problem.
 *
 * <pre>{@code
 * catch (ContractParseException e) {
 *   e.problems().forEach(p -> System.err.println(p.jsonPath() + ": " + p.message()));
 * }
 * }</pre>
 */
public final class ContractParseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final String jsonPath;
  private final int line;
  private final int column;
  private final List<ValidationProblem> problems;

  /** One problem; {@code line} and {@code column} are -1 unless it is a syntax error. */
  public ContractParseException(String source, String jsonPath, int line, int column, String problem) {
    this(source, List.of(new ValidationProblem(
        source == null ? "<unknown>" : source, jsonPath == null ? "" : jsonPath, line, column, problem, "")));
  }

  public ContractParseException(String source, String jsonPath, String problem) {
    this(source, jsonPath, -1, -1, problem);
  }

  /** Every problem of one pact, in the order the reader found them (at least one). */
  public ContractParseException(List<ValidationProblem> problems) {
    this(problems.get(0).source(), problems);
  }

  private ContractParseException(String source, List<ValidationProblem> problems) {
    super(problems.get(0).where() + ": " + problems.get(0).message());
    ValidationProblem first = problems.get(0);
    this.source = source;
    this.jsonPath = first.jsonPath();
    this.line = first.line();
    this.column = first.column();
    this.problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
  }

  /** The file name or URL the contract came from. */
  public String source() {
    return source;
  }

  /** The JSON path of the (first) problem ({@code $.interactions[2].response.status}), or empty. */
  public String jsonPath() {
    return jsonPath;
  }

  /** The line of a syntax error, or -1. */
  public int line() {
    return line;
  }

  /** The column of a syntax error, or -1. */
  public int column() {
    return column;
  }

  /** Every problem found, the first one being this exception's message; hints are empty. */
  public List<ValidationProblem> problems() {
    return problems;
  }
}
