package dev.treaty.broker.internal.http;

import dev.treaty.broker.internal.api.ApiException;
import dev.treaty.broker.internal.api.FieldLimits;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Holds every route's path and query parameters to {@link FieldLimits} before the route runs (one
 * 400 naming each parameter that is too long or carries a control character), so no name the
 * database cannot store or compare reaches it. {@link RouteTable} calls it for every route.
 */
final class ParameterLimits {
  private ParameterLimits() {}

  static void check(Context ctx) {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    ctx.pathParamMap().forEach((name, value) -> FieldLimits.problem(value, FieldLimits.ofPathParameter(name))
        .ifPresent(problem -> errors.computeIfAbsent("path parameter " + name, k -> new ArrayList<>()).add(problem)));
    ctx.queryParamMap().forEach((name, values) -> {
      String field = "query parameter " + clip(name);
      FieldLimits.problem(name, FieldLimits.QUERY_VALUE)
          .ifPresent(problem -> errors.computeIfAbsent(field, k -> new ArrayList<>()).add("name " + problem));
      for (String value : values) {
        FieldLimits.problem(value, FieldLimits.QUERY_VALUE)
            .ifPresent(problem -> errors.computeIfAbsent(field, k -> new ArrayList<>()).add(problem));
      }
    });
    if (!errors.isEmpty()) {
      throw ApiException.invalidFields(errors);
    }
  }

  /** A parameter name short and printable enough to quote in an answer. */
  private static String clip(String name) {
    String printable = name.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    return printable.length() <= 100 ? printable : printable.substring(0, 100) + "…";
  }
}
