package dev.treaty.broker.internal.http;

import dev.treaty.broker.internal.api.ApiException;
import dev.treaty.broker.internal.api.ProblemJson;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;

/**
 * Answers a request with the error body of {@link ProblemJson}, typed as the client asked; a 503
 * also says when to retry ({@code Retry-After}), as Pact clients and proxies expect.
 */
public final class ErrorResponses {
  private ErrorResponses() {}

  /**
   * Written as UTF-8 bytes: given a String, Javalin encodes it in the content type's charset, and
   * {@code application/problem+json} names none, so a name like {@code é} went out as ISO-8859-1.
   */
  public static void write(Context ctx, ApiException e) {
    if (e.status() == 503) {
      ctx.header("Retry-After", ApiException.RETRY_AFTER_SECONDS);
    }
    ctx.status(e.status()).contentType(ProblemJson.contentType(ctx.header("Accept")))
        .result(ProblemJson.body(e).getBytes(StandardCharsets.UTF_8));
  }
}
