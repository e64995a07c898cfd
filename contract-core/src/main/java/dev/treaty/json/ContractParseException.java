package dev.treaty.json;

/**
 * A pact file that cannot be read: names the source, the JSON path of the problem and, for JSON
 * syntax errors, the line and column.
 */
public final class ContractParseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final String jsonPath;
  private final int line;
  private final int column;

  public ContractParseException(String source, String jsonPath, int line, int column, String problem) {
    super(format(source, jsonPath, line, column, problem));
    this.source = source;
    this.jsonPath = jsonPath;
    this.line = line;
    this.column = column;
  }

  public ContractParseException(String source, String jsonPath, String problem) {
    this(source, jsonPath, -1, -1, problem);
  }

  private static String format(String source, String jsonPath, int line, int column, String problem) {
    StringBuilder sb = new StringBuilder(source == null ? "<unknown>" : source);
    if (line > 0) {
      sb.append(':').append(line).append(':').append(column);
    }
    if (jsonPath != null && !jsonPath.isEmpty()) {
      sb.append(' ').append(jsonPath);
    }
    return sb.append(": ").append(problem).toString();
  }

  /** The file name or URL the contract came from. */
  public String source() {
    return source;
  }

  /** The JSON path of the problem ({@code $.interactions[2].response.status}), or empty. */
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
}
