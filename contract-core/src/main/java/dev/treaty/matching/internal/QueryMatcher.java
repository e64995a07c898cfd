package dev.treaty.matching.internal;

import static dev.treaty.matching.internal.MismatchDescriptions.quoted;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.treaty.contract.Query;
import dev.treaty.contract.RuleGroup;
import dev.treaty.matching.Mismatch;
import dev.treaty.matching.Part;
import java.util.List;
import java.util.Map;

/**
 * Matches query parameters: every expected parameter present with its values in order (or
 * satisfying its rules), no unexpected parameters; exists as the one place for query rules.
 */
public final class QueryMatcher {
  private QueryMatcher() {}

  public static void match(Query expected, Query actual, NamedRules rules, List<Mismatch> out) {
    for (Map.Entry<String, List<String>> param : expected.parameters().entrySet()) {
      String name = param.getKey();
      List<String> e = param.getValue();
      List<String> a = actual.get(name);
      if (!actual.parameters().containsKey(name)) {
        out.add(new Mismatch(Part.QUERY, name, list(e), "nothing (parameter missing)", "equality"));
        continue;
      }
      RuleGroup group = rules.find(name);
      if (group != null && !group.isEmpty()) {
        for (int i = 0; i < a.size(); i++) {
          String example = e.isEmpty() ? a.get(i) : e.get(Math.min(i, e.size() - 1));
          RuleGroups.apply(RuleGroups.effective(group, true, false), group.combine(),
              TextNode.valueOf(example), TextNode.valueOf(a.get(i)), true, true, Part.QUERY, null, name, out);
        }
      } else if (!e.equals(a)) {
        out.add(new Mismatch(Part.QUERY, name, list(e), list(a), "equality"));
      }
    }
    for (Map.Entry<String, List<String>> param : actual.parameters().entrySet()) {
      if (!expected.parameters().containsKey(param.getKey())) {
        out.add(new Mismatch(Part.QUERY, param.getKey(), "nothing (parameter not expected)",
            list(param.getValue()), "equality"));
      }
    }
  }

  /**
   * Compares query strings exactly, as V1 of the specification does: the text as read when both
   * sides have it, otherwise the parameters in order.
   */
  public static void matchExactly(Query expected, Query actual, List<Mismatch> out) {
    String e = expected.text() != null ? expected.text() : render(expected);
    String a = actual.text() != null ? actual.text() : render(actual);
    boolean same = expected.text() != null && actual.text() != null
        ? decodedSegments(e).equals(decodedSegments(a))
        : List.copyOf(expected.parameters().entrySet()).equals(List.copyOf(actual.parameters().entrySet()));
    if (!same) {
      out.add(new Mismatch(Part.QUERY, "", quoted(e) + " (query string, compared exactly in V1)",
          quoted(a), "equality"));
    }
  }

  private static List<String> decodedSegments(String query) {
    return java.util.Arrays.stream(query.split("&", -1)).map(QueryMatcher::decode).toList();
  }

  private static String decode(String s) {
    try {
      return java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  private static String render(Query query) {
    StringBuilder sb = new StringBuilder();
    query.parameters().forEach((name, values) -> values.forEach(v -> {
      if (sb.length() > 0) {
        sb.append('&');
      }
      sb.append(name).append('=').append(v);
    }));
    return sb.toString();
  }

  private static String list(List<String> values) {
    if (values.size() == 1) {
      return quoted(values.get(0));
    }
    return "[" + String.join(", ", values.stream().map(MismatchDescriptions::quoted).toList()) + "]";
  }
}
