package dev.treaty.json.internal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How the validator words a problem with one value: {@code <subject> <the value>, expected
 * <expected>} ({@code method is 7 (a number), expected a string}) with a hint, and a hint of its
 * own for a missing field.
 *
 * @param subject what the value is, with its verb: {@code "method is"}, {@code "rules are"}
 */
record Wording(String subject, String expected, String missingHint, String wrongHint) {

  /** The same hint whether the value is missing or wrong. */
  static Wording of(String subject, String expected, String hint) {
    return new Wording(subject, expected, hint, hint);
  }

  String wrong(JsonNode value) {
    return subject + " " + Problems.describe(value) + ", expected " + expected;
  }
}
