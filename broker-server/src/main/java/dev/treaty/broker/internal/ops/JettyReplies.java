package dev.treaty.broker.internal.ops;

import dev.treaty.broker.internal.api.ApiException;
import dev.treaty.broker.internal.api.ProblemJson;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

/** Error replies from the Jetty handlers in front of the routes, in the routes' JSON shape. */
final class JettyReplies {

  private JettyReplies() {}

  /** Answers {@code e}; a 503 also says when to retry. */
  static void problem(Request request, Response response, Callback callback, ApiException e) {
    response.setStatus(e.status());
    if (e.status() == 503) {
      response.getHeaders().put(HttpHeader.RETRY_AFTER, ApiException.RETRY_AFTER_SECONDS);
    }
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, ProblemJson.contentType(request.getHeaders().get(HttpHeader.ACCEPT)));
    response.write(true, BufferUtil.toBuffer(ProblemJson.body(e).getBytes(StandardCharsets.UTF_8)), callback);
  }
}
