package dev.treaty.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.json.ValidationProblem;
import dev.treaty.path.internal.JsonPaths;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The one collector of a walk over a pact document: what the reader refuses (so loading fails) and
 * what only the validator reports (the reader reads it anyway), each a {@link ValidationProblem}.
 *
 * <p>A refusal has two views: the reader's ({@code expected a string, got 7}, the text of {@link
 * dev.treaty.json.ContractParseException}) and the validator's ({@code method is 7 (a number),
 * expected a string} with a hint), which may name a path of its own. Where the validator has no
 * words of its own it reports the reader's text with {@link #LOAD_HINT}.
 */
public final class Problems {
  /** The validator's hint for a refusal it has no words of its own for. */
  static final String LOAD_HINT = "fix the value at this path so that the pact can be loaded";

  private final String source;
  private final LocatedJson located;
  private final List<ValidationProblem> refused = new ArrayList<>();
  private final List<ValidationProblem> reported = new ArrayList<>();
  private int lenientDepth;

  /**
   * A collector for the pact named {@code source}; {@code located} gives line and column of each
   * path, or is null when the tree was read without locations (problems then have line -1).
   */
  public Problems(String source, LocatedJson located) {
    this.source = source;
    this.located = located;
  }

  /** The reader refuses the value at {@code path}; the validator reports the same text. */
  void reject(String path, String problem) {
    reject(path, problem, path, problem, LOAD_HINT);
  }

  /** The reader refuses the value at {@code path}; the validator words it {@code message}. */
  void reject(String path, String problem, String message, String hint) {
    reject(path, problem, path, message, hint);
  }

  /** The reader refuses the value at {@code path}; the validator reports it at {@code checkPath}. */
  void reject(String path, String problem, String checkPath, String message, String hint) {
    if (lenientDepth > 0) {
      note(checkPath, message, hint);
      return;
    }
    refused.add(problem(path, problem, ""));
    reported.add(problem(checkPath, message, hint));
  }

  /**
   * What the reader ({@code refusal}) and the validator ({@code message}) each found at {@code
   * path}; either may be null for nothing found.
   */
  void found(String path, String refusal, String message, String hint) {
    if (refusal != null && message != null) {
      reject(path, refusal, message, hint);
    } else if (refusal != null) {
      reject(path, refusal);
    } else if (message != null) {
      note(path, message, hint);
    }
  }

  /** The reader refuses the value at {@code path}; a {@link #note} already tells the validator. */
  void rejectNoted(String path, String problem) {
    if (lenientDepth == 0) {
      refused.add(problem(path, problem, ""));
    }
  }

  /** A problem only the validator reports: the reader reads the value as it is. */
  void note(String path, String message, String hint) {
    reported.add(problem(path, message, hint));
  }

  /** Notes that the field {@code name} of the object at {@code parent} is missing. */
  void missing(String parent, String name, String hint) {
    note(JsonPaths.field(parent, name), missingMessage(name), hint);
  }

  static String missingMessage(String name) {
    return "required field \"" + name + "\" is missing";
  }

  /**
   * Runs {@code walk} so that what it refuses is only noted: for parts the reader keeps as raw JSON
   * (the request and responses of a V4 synchronous message) but the validator checks.
   */
  <T> T lenient(Supplier<T> walk) {
    lenientDepth++;
    try {
      return walk.get();
    } finally {
      lenientDepth--;
    }
  }

  /** Whether the reader refused anything: then no contract can be built. */
  public boolean hasRefusals() {
    return !refused.isEmpty();
  }

  /** What the reader refused, in the order it was found, in the reader's words. */
  public List<ValidationProblem> refused() {
    return List.copyOf(refused);
  }

  /** Everything the validator reports, in the order it was found, in the validator's words. */
  public List<ValidationProblem> reported() {
    return List.copyOf(reported);
  }

  private ValidationProblem problem(String path, String message, String hint) {
    LocatedJson.Location location =
        located == null ? LocatedJson.Location.UNKNOWN : located.locate(path);
    return new ValidationProblem(source, path, location.line(), location.column(), message, hint);
  }

  /**
   * A JSON value as the validator shows it: {@code "200" (a string)}, {@code 42 (a number)}, {@code
   * [1] (an array)}; long arrays and objects only by kind.
   */
  static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "missing";
    }
    if (node.isNull()) {
      return "null";
    }
    if (node.isTextual()) {
      return node.toString() + " (a string)";
    }
    if (node.isNumber()) {
      return node.toString() + " (a number)";
    }
    if (node.isBoolean()) {
      return node.toString() + " (a boolean)";
    }
    String kind = node.isArray() ? "an array" : "an object";
    String json = node.toString();
    return json.length() <= 40 ? json + " (" + kind + ")" : kind;
  }
}
