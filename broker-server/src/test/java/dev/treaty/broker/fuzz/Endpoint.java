package dev.treaty.broker.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One operation the broker serves, as its OpenAPI document names it:
 * {@code PUT /pacticipants/{pacticipant}/versions/{version}}, and whether it takes a request body.
 */
record Endpoint(String method, String path, boolean takesBody) {
  private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");

  /** The path split at '/', without the empty first segment; parameters stay {@code {name}}. */
  List<String> segments() {
    return List.of(path.substring(1).split("/", -1));
  }

  /** The names of the path parameters, in order. */
  List<String> parameters() {
    List<String> names = new ArrayList<>();
    Matcher matcher = PARAMETER.matcher(path);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  /** {@code PUT /pacticipants/{}/versions/{}}: comparable with the route table, whose parameter names differ. */
  String shape() {
    return method + " " + PARAMETER.matcher(path).replaceAll("{}");
  }

  @Override
  public String toString() {
    return method + " " + path;
  }
}
