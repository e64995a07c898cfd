package dev.treaty.broker.internal.http;

import io.javalin.http.Context;

/** What {@code /pacts/provider/{provider}/consumer/{consumer}} (and paths below it) names. */
record PactPath(String provider, String consumer) {
  static PactPath of(Context ctx) {
    return new PactPath(PathParams.get(ctx, "provider"), PathParams.get(ctx, "consumer"));
  }
}
