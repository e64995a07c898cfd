package dev.treaty.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.treaty.JsonLimits;
import dev.treaty.json.internal.ContractJsonReader;
import dev.treaty.json.internal.LocatedJson;
import dev.treaty.json.internal.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks pact files and reports every problem found, each with the file, JSON path, line, column,
 * what is wrong and how to fix it.
 *
 * <p>The validator walks the file with the reader of {@link PactReader} itself and reports every
 * problem that walk finds, so that one run lists everything to fix and a valid file always loads:
 * JSON syntax, the required fields of consumer, provider, interactions and messages, HTTP methods,
 * paths and statuses, the V4 interaction types, the matching rules (known categories and matchers,
 * regexes that compile, date formats, min/max), and whatever else the reader refuses. Besides what
 * the reader refuses it reports what it reads leniently (a status written as a string, an empty
 * name, a path without a leading {@code /}).
 *
 * <pre>{@code
 * List<ValidationProblem> problems = ContractValidator.validate(Path.of("pacts/web-orders.json"));
 * problems.forEach(p -> System.err.println(p.format()));
 * }</pre>
 */
public final class ContractValidator {
  private static final Comparator<ValidationProblem> IN_FILE_ORDER =
      Comparator.comparingInt(ValidationProblem::line).thenComparingInt(ValidationProblem::column);

  private ContractValidator() {}

  /** Validates the pact file at {@code file}; its path as given names it in problems. */
  public static List<ValidationProblem> validate(Path file) {
    String source = file.toString();
    try {
      return validate(Files.readString(file, StandardCharsets.UTF_8), source);
    } catch (IOException e) {
      return List.of(new ValidationProblem(source, "$", -1, -1,
          "cannot read the file: " + e, "check that the file exists and is readable UTF-8 text"));
    }
  }

  /** Validates pact JSON text; {@code source} names it in problems (a file name or URL). */
  public static List<ValidationProblem> validate(String json, String source) {
    LocatedJson parsed;
    try {
      parsed = LocatedJson.parse(json);
    } catch (JsonProcessingException e) {
      return List.of(syntaxProblem(source, e));
    }
    if (parsed.root() == null) {
      return List.of(new ValidationProblem(source, "$", 1, 1, "the file holds no JSON",
          "a pact file is an object: {\"consumer\": ..., \"provider\": ..., \"interactions\": [...]}"));
    }
    Problems problems = new Problems(source, parsed);
    List<ValidationProblem> found = new ArrayList<>();
    try {
      new ContractJsonReader(source).read(parsed.root(), problems);
    } catch (RuntimeException e) {
      LocatedJson.Location root = parsed.locate("$");
      found.add(new ValidationProblem(source, "$", root.line(), root.column(), "the pact reader failed: " + e,
          "this is a Treaty bug; please report it with the pact file"));
    }
    found.addAll(0, problems.reported());
    return found.stream().sorted(IN_FILE_ORDER).toList();
  }

  private static ValidationProblem syntaxProblem(String source, JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    int line = location == null ? -1 : location.getLineNr();
    int column = location == null ? -1 : location.getColumnNr();
    return new ValidationProblem(source, "$", line, column, "invalid JSON: " + JsonLimits.describe(e),
        "fix the JSON syntax at this line and column (often a missing comma or quote, or a trailing comma)");
  }
}
