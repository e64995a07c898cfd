package dev.treaty.cli;

import dev.treaty.cli.internal.PactFiles;
import dev.treaty.cli.internal.ValidationReport;
import dev.treaty.json.ContractValidator;
import dev.treaty.json.ValidationProblem;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code treaty validate <file-or-dir>...}: checks pact files and prints every problem with its
 * file, line, column and JSON path, then a summary; exits 1 when any file has a problem.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks Pact files (V1 to V4) and prints every problem with file:line:column, JSON path and a hint.",
      "Directories are searched recursively for *.json files, in sorted order."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every file is a valid pact",
      "1:at least one file has a problem",
      "2:usage error: no argument, a path that does not exist, or a directory without *.json files"
    })
public final class ValidateCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "<file-or-dir>", description = "Pact files or directories.")
  private List<Path> paths;

  @Override
  public Integer call() {
    List<Path> files = PactFiles.collect(paths, spec.commandLine());
    Map<Path, List<ValidationProblem>> results = new LinkedHashMap<>();
    for (Path file : files) {
      results.put(file, ContractValidator.validate(file));
    }
    spec.commandLine().getOut().print(ValidationReport.render(results));
    spec.commandLine().getOut().flush();
    boolean anyProblem = results.values().stream().anyMatch(problems -> !problems.isEmpty());
    return anyProblem ? TreatyCommand.PROBLEMS_FOUND : 0;
  }
}
