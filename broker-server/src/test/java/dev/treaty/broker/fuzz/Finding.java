package dev.treaty.broker.fuzz;

/**
 * A reply that broke the oracle, with everything needed to reproduce it: the generated case, the
 * request as sent, the reply, and the server's logged cause for a 500.
 */
record Finding(Kind kind, FuzzCase fuzzCase, String notes, RawRequest request, RawReply reply, String cause) {
  /** What was wrong with the reply. */
  enum Kind {
    SERVER_ERROR("a 5xx other than 503 with Retry-After"),
    NO_REPLY("no reply to a well-framed request"),
    NOT_PROBLEM_JSON("an error reply that is not the broker's problem JSON");

    final String meaning;

    Kind(String meaning) {
      this.meaning = meaning;
    }
  }

  /** The error id a 500 body carries ({@code Unexpected error <uuid> (...)}), or null. */
  static String errorId(RawReply reply) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("Unexpected error ([0-9a-f-]{36})").matcher(reply.text());
    return m.find() ? m.group(1) : null;
  }

  String describe() {
    return kind.meaning + "\n  case:    " + fuzzCase + "\n  applied: " + notes + "\n  request:\n" + indent(request.describe())
        + "\n  reply:   " + indent(reply.toString()) + (cause == null ? "" : "\n  cause:   " + cause);
  }

  private static String indent(String text) {
    return "    " + text.replace("\n", "\n    ");
  }
}
