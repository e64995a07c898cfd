package dev.treaty.json.internal;

import dev.treaty.json.ContractParseException;
import dev.treaty.json.PactReader;

/**
 * Runs {@link PactReader} over a file that passed every other check and reports what it refuses,
 * so that {@code treaty validate} never calls a file valid that loading then rejects.
 */
public final class ReaderCheck {
  private ReaderCheck() {}

  public static void check(String json, String source, Problems problems) {
    try {
      PactReader.read(json, source);
    } catch (ContractParseException e) {
      String path = e.jsonPath() == null || e.jsonPath().isEmpty() ? "$" : e.jsonPath();
      problems.add(path, problemOf(e), "fix the value at this path so that the pact can be loaded");
    } catch (RuntimeException e) {
      problems.add("$", "the pact reader failed: " + e,
          "this is a Treaty bug; please report it with the pact file");
    }
  }

  /** The problem text of {@code e}, without the location prefix its message starts with. */
  private static String problemOf(ContractParseException e) {
    String message = e.getMessage();
    int separator = message.indexOf(": ", prefixLength(e));
    return separator < 0 ? message : message.substring(separator + 2);
  }

  private static int prefixLength(ContractParseException e) {
    int length = e.source() == null ? "<unknown>".length() : e.source().length();
    if (e.line() > 0) {
      length += (":" + e.line() + ":" + e.column()).length();
    }
    if (e.jsonPath() != null && !e.jsonPath().isEmpty()) {
      length += 1 + e.jsonPath().length();
    }
    return length;
  }
}
