package dev.treaty.matching.internal;

import com.fasterxml.jackson.databind.JsonNode;

/** Renders values for humans ({@code "12.5" (string)}); exists so every mismatch reads the same. */
public final class MismatchDescriptions {
  private static final int MAX_LITERAL = 80;

  private MismatchDescriptions() {}

  /** A JSON literal followed by its type: {@code "12.5" (string)}, {@code [1,2] (array, 2 elements)}. */
  public static String value(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    if (node.isArray()) {
      return literal(node) + " (array, " + count(node.size(), "element") + ")";
    }
    return literal(node) + " (" + typeName(node) + ")";
  }

  /** The JSON literal, shortened when long. */
  public static String literal(JsonNode node) {
    String text = node.toString();
    return text.length() <= MAX_LITERAL ? text : text.substring(0, MAX_LITERAL - 3) + "...";
  }

  /** A quoted string literal, shortened when long. */
  public static String quoted(String text) {
    return literal(com.fasterxml.jackson.databind.node.TextNode.valueOf(text));
  }

  /** The JSON type name: string, number, boolean, null, object or array. */
  public static String typeName(JsonNode node) {
    return switch (node.getNodeType()) {
      case STRING, BINARY -> "string";
      case NUMBER -> "number";
      case BOOLEAN -> "boolean";
      case NULL -> "null";
      case OBJECT, POJO -> "object";
      case ARRAY -> "array";
      case MISSING -> "nothing";
    };
  }

  /** The type with its article: {@code a number}, {@code an array}, {@code null}. */
  public static String withArticle(JsonNode node) {
    String type = typeName(node);
    return switch (type) {
      case "null" -> "null";
      case "object", "array" -> "an " + type;
      default -> "a " + type;
    };
  }

  /** {@code 1 element}, {@code 2 elements}. */
  public static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
