package dev.treaty.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.json.ValidationProblem;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one pact file, attaching the source and the location of each path. */
public final class Problems {
  private final String source;
  private final LocatedJson json;
  private final List<ValidationProblem> found = new ArrayList<>();

  public Problems(String source, LocatedJson json) {
    this.source = source;
    this.json = json;
  }

  /** Records a problem at {@code path}, located at the path or its nearest existing ancestor. */
  public void add(String path, String message, String hint) {
    LocatedJson.Location location = json.locate(path);
    found.add(new ValidationProblem(source, path, location.line(), location.column(), message, hint));
  }

  /** Records that the required field {@code name} of the object at {@code parent} is missing. */
  public void missing(String parent, String name, String hint) {
    add(JsonPaths.field(parent, name), "required field \"" + name + "\" is missing", hint);
  }

  public List<ValidationProblem> found() {
    return List.copyOf(found);
  }

  /**
   * A JSON value as a reader sees it: {@code "200" (a string)}, {@code 42 (a number)}, {@code [1]
   * (an array)}; long arrays and objects only by kind.
   */
  public static String describe(JsonNode node) {
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
