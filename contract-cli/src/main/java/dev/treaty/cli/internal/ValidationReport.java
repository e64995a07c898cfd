package dev.treaty.cli.internal;

import dev.treaty.json.ValidationProblem;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Renders the result of {@code treaty validate}: one block per file, one block per problem
 * ({@code file:line:column $.path: message} and an indented hint), then a summary line.
 */
public final class ValidationReport {
  private ValidationReport() {}

  public static String render(Map<Path, List<ValidationProblem>> results) {
    StringBuilder out = new StringBuilder();
    int invalid = 0;
    int problemCount = 0;
    for (Map.Entry<Path, List<ValidationProblem>> entry : results.entrySet()) {
      List<ValidationProblem> problems = entry.getValue();
      if (problems.isEmpty()) {
        out.append("OK   ").append(entry.getKey()).append('\n');
        continue;
      }
      invalid++;
      problemCount += problems.size();
      out.append("FAIL ").append(entry.getKey()).append(": ").append(count(problems.size(), "problem"))
          .append('\n');
      problems.forEach(problem -> appendProblem(out, problem));
    }
    int files = results.size();
    out.append('\n').append(count(files, "file")).append(" checked: ")
        .append(files - invalid).append(" valid, ").append(invalid).append(" invalid");
    if (problemCount > 0) {
      out.append(" (").append(count(problemCount, "problem")).append(')');
    }
    return out.append('\n').toString();
  }

  private static void appendProblem(StringBuilder out, ValidationProblem problem) {
    out.append("  ").append(problem.where()).append(": ").append(problem.message()).append('\n');
    if (!problem.hint().isEmpty()) {
      out.append("    hint: ").append(problem.hint()).append('\n');
    }
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
