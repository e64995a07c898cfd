package dev.treaty.matching.internal;

import dev.treaty.contract.MatchingRule;

/** The status classes of the {@code statusCode} rule; exists to keep their ranges in one place. */
public final class StatusCodes {
  private StatusCodes() {}

  /** Whether {@code status} satisfies the rule. */
  public static boolean matches(MatchingRule.StatusCode rule, int status) {
    if (!rule.codes().isEmpty()) {
      return rule.codes().contains(status);
    }
    String c = rule.statusClass() == null ? "" : rule.statusClass();
    return switch (c) {
      case "information" -> status >= 100 && status < 200;
      case "success" -> status >= 200 && status < 300;
      case "redirect" -> status >= 300 && status < 400;
      case "clientError" -> status >= 400 && status < 500;
      case "serverError" -> status >= 500 && status < 600;
      case "nonError" -> status < 400;
      case "error" -> status >= 400;
      default -> false;
    };
  }

  /** What the rule asks for: {@code a success status (2xx)}, {@code one of the statuses 200, 204}. */
  public static String describe(MatchingRule.StatusCode rule) {
    if (!rule.codes().isEmpty()) {
      return "one of the statuses " + String.join(", ", rule.codes().stream().map(String::valueOf).toList());
    }
    String c = rule.statusClass() == null ? "" : rule.statusClass();
    return switch (c) {
      case "information" -> "an information status (1xx)";
      case "success" -> "a success status (2xx)";
      case "redirect" -> "a redirect status (3xx)";
      case "clientError" -> "a client error status (4xx)";
      case "serverError" -> "a server error status (5xx)";
      case "nonError" -> "a non-error status (below 400)";
      case "error" -> "an error status (400 or above)";
      default -> "a status of unknown class \"" + c + "\"";
    };
  }
}
