package dev.treaty.matching;

import java.util.Objects;

/**
 * One way in which an actual request, response or message differs from the contract.
 *
 * @param part where: body, header, query, status, path, method or metadata
 * @param path the JSON path in the body ({@code $.items[0].price}), the header or query parameter
 *     name, or the empty string for single-valued parts
 * @param expected what the contract asks for, for humans ({@code a number (type match), example
 *     12.5})
 * @param actual what arrived, for humans ({@code "12.5" (string)})
 * @param rule the matcher that failed ({@code type}, {@code regex}, ...), or {@code equality}
 */
public record Mismatch(Part part, String path, String expected, String actual, String rule) {

  public Mismatch {
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(rule, "rule");
  }

  /** The location as shown to users: {@code body $.items[0].price}, {@code status}. */
  public String location() {
    return path.isEmpty() ? part.label() : part.label() + " " + path;
  }
}
