package dev.treaty.contract;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The part of a request, response or message that a matching rule or generator applies to.
 *
 * <p>The well-known categories are constants; any other name (for example one defined by a Pact
 * plugin) is kept as it was read so that nothing is lost when a contract is written back.
 */
public record Category(String name) {
  public static final Category BODY = new Category("body");
  public static final Category HEADER = new Category("header");
  public static final Category QUERY = new Category("query");
  public static final Category PATH = new Category("path");
  public static final Category METHOD = new Category("method");
  public static final Category STATUS = new Category("status");
  public static final Category METADATA = new Category("metadata");

  /** The categories defined by the Pact specification, in the order they are written. */
  public static final List<Category> KNOWN =
      List.of(METHOD, PATH, QUERY, HEADER, STATUS, BODY, METADATA);

  public Category {
    Objects.requireNonNull(name, "name");
  }

  /**
   * The category for a name found in a pact file. {@code "headers"} means {@link #HEADER} and
   * {@code "content"} (V4 messages) means {@link #BODY}.
   */
  public static Category of(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return switch (n) {
      case "body", "content", "contents" -> BODY;
      case "header", "headers" -> HEADER;
      case "query" -> QUERY;
      case "path" -> PATH;
      case "method" -> METHOD;
      case "status" -> STATUS;
      case "metadata" -> METADATA;
      default -> new Category(name);
    };
  }

  /** Whether the Pact specification defines this category. */
  public boolean isKnown() {
    return KNOWN.contains(this);
  }

  /** Whether rules in this category are keyed by nothing (path, method, status). */
  public boolean isSingleValued() {
    return equals(PATH) || equals(METHOD) || equals(STATUS);
  }

  @Override
  public String toString() {
    return name;
  }
}
