package dev.treaty.matching.internal;

import static dev.treaty.matching.internal.MismatchDescriptions.quoted;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.treaty.contract.Headers;
import dev.treaty.contract.RuleGroup;
import dev.treaty.matching.Mismatch;
import dev.treaty.matching.Part;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Matches headers: names ignore case, extra actual headers are allowed, values are compared after
 * splitting comma lists and trimming, and values with parameters ({@code Content-Type}, {@code
 * Accept}, any value with {@code ;}) by their main value and the expected parameters (extra actual
 * parameters are fine; charset ignores case); exists as the one place for header rules.
 */
public final class HeaderMatcher {
  private HeaderMatcher() {}

  public static void match(Headers expected, Headers actual, NamedRules rules, List<Mismatch> out) {
    for (Map.Entry<String, List<String>> header : expected.values().entrySet()) {
      String name = header.getKey();
      List<String> actualValues = actual.get(name);
      String expectedValue = String.join(", ", header.getValue());
      if (actualValues.isEmpty()) {
        out.add(new Mismatch(Part.HEADER, name, quoted(expectedValue), "nothing (header missing)", "equality"));
        continue;
      }
      String actualValue = String.join(", ", actualValues);
      RuleGroup group = rules.find(name);
      if (group != null && !group.isEmpty()) {
        RuleGroups.apply(RuleGroups.effective(group, true, false), group.combine(),
            TextNode.valueOf(expectedValue), TextNode.valueOf(actualValue), true, true, Part.HEADER, null, name, out);
      } else if (!valuesMatch(name, expectedValue, actualValue)) {
        out.add(new Mismatch(Part.HEADER, name, quoted(expectedValue), quoted(actualValue), "equality"));
      }
    }
  }

  static boolean valuesMatch(String name, String expected, String actual) {
    String lower = name.toLowerCase(Locale.ROOT);
    List<String> e = split(expected);
    List<String> a = split(actual);
    if (lower.equals("content-type") || lower.equals("accept") || expected.indexOf(';') >= 0) {
      if (e.size() != a.size()) {
        return false;
      }
      for (int i = 0; i < e.size(); i++) {
        boolean ignoreCase = lower.equals("content-type");
        if (!MediaType.parse(e.get(i), ignoreCase).accepts(MediaType.parse(a.get(i), ignoreCase))) {
          return false;
        }
      }
      return true;
    }
    return e.equals(a);
  }

  private static List<String> split(String value) {
    List<String> parts = new ArrayList<>();
    for (String part : value.split(",")) {
      String trimmed = part.trim();
      if (!trimmed.isEmpty()) {
        parts.add(trimmed);
      }
    }
    return parts;
  }
}
