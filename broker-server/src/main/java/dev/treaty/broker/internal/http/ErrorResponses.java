package dev.treaty.broker.internal.http;

import dev.treaty.broker.internal.api.ApiException;
import dev.treaty.broker.internal.api.ProblemJson;
import io.javalin.http.Context;

/** Answers a request with the error body of {@link ProblemJson}, typed as the client asked. */
public final class ErrorResponses {
  private ErrorResponses() {}

  public static void write(Context ctx, ApiException e) {
    ctx.status(e.status()).contentType(ProblemJson.contentType(ctx.header("Accept"))).result(ProblemJson.body(e));
  }
}
