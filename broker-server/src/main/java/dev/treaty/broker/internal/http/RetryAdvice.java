package dev.treaty.broker.internal.http;

/**
 * What a client may do after a write whose outcome is unknown (the connection to the database was
 * lost during its commit): whether sending it again is safe, per route. Most writes are idempotent
 * (publishing the same content, tagging, adding a branch version, recording the same deployment or
 * release again stores nothing new); creating a named thing answers 409 the second time; recording
 * a verification result and creating a token are not idempotent. (A repeat that succeeds is an
 * acknowledged write of its own, so the audit log lists both attempts.)
 */
final class RetryAdvice {
  private RetryAdvice() {}

  static String afterUnknownOutcome(String method, String route) {
    if (route.endsWith("/verification-results")) {
      return "Retrying may record this verification result twice: each POST of a result records a new one "
          + "(the duplicate has the same outcome and changes no can-i-deploy answer)";
    }
    if (method.equals("POST") && route.equals("/tokens")) {
      return "Retrying may create a second token: if the first attempt was saved, that token exists but its secret "
          + "was never shown; list the tokens (GET /tokens) and revoke the one you did not receive";
    }
    if (method.equals("POST") && (route.equals("/environments") || route.equals("/pacticipants"))) {
      return "Retrying is safe: if the first attempt was saved, the retry answers 409 because the name is taken";
    }
    if (method.equals("GET")) {
      return "Retrying is safe: this request only reads (a retry keeps its own decision record)";
    }
    if (method.equals("DELETE")) {
      return "Retrying is safe: if the first attempt was saved, there is nothing left to delete and the retry says so";
    }
    return "Retrying is safe: this write is idempotent (sending it again stores nothing new)";
  }
}
