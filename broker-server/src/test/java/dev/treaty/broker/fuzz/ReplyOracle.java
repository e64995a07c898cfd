package dev.treaty.broker.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.broker.internal.api.JsonTrees;
import java.io.IOException;

/**
 * What every reply to hostile input must be: below 500, or exactly 503 with {@code Retry-After}
 * (the one 5xx a client may retry on purpose); and an error reply is the broker's problem JSON
 * ({@code title}, {@code status} equal to the reply's, a {@code detail}) so that a client can say
 * what was wrong. A request must get a reply unless its own framing made it unreadable.
 */
final class ReplyOracle {
  private ReplyOracle() {}

  /** The problem with {@code reply} to {@code request}, or null when there is none. */
  static Finding.Kind judge(RawRequest request, RawReply reply) {
    if (!reply.answered()) {
      return request.closesConnection() || lostToReset(request, reply) ? null : Finding.Kind.NO_REPLY;
    }
    if (reply.status() >= 500) {
      return reply.status() == 503 && reply.header("Retry-After") != null ? null : Finding.Kind.SERVER_ERROR;
    }
    if (reply.status() >= 400 && !request.method().equals("HEAD") && !isProblemJson(reply)) {
      return Finding.Kind.NOT_PROBLEM_JSON;
    }
    return null;
  }

  /**
   * True when a large body the broker did not read (a route that reads none, or a request refused
   * before its body) cost the reply: the broker answers and closes, and TCP resets a connection
   * closed with unread bytes, which can destroy the reply on its way. {@code /health}, asked
   * throughout the campaign, shows the broker itself stayed up.
   */
  static boolean lostToReset(RawRequest request, RawReply reply) {
    return request.body().length > UNREAD_BODY && reply.failure() != null
        && (reply.failure().contains("reset") || reply.failure().contains("closed"));
  }

  private static final int UNREAD_BODY = 64 * 1024;

  /** True when a 4xx body names a field or parameter ({@code errors} is an object keyed by field). */
  static boolean namesField(RawReply reply) {
    JsonNode body = json(reply);
    return body != null && body.path("errors").isObject() && !body.path("errors").isEmpty();
  }

  private static boolean isProblemJson(RawReply reply) {
    String type = reply.header("Content-Type");
    JsonNode body = json(reply);
    return type != null && type.contains("json") && body != null && body.path("status").asInt() == reply.status()
        && body.path("title").isTextual() && !body.path("detail").asText("").isBlank();
  }

  private static JsonNode json(RawReply reply) {
    try {
      return JsonTrees.MAPPER.readTree(reply.body());
    } catch (IOException e) {
      return null;
    }
  }
}
