package dev.treaty.broker.internal.ops;

import dev.treaty.broker.internal.api.ApiException;
import dev.treaty.broker.internal.api.ProblemJson;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

/**
 * The error body for requests Jetty refuses before any route sees them (a control character in
 * the request line, a bad {@code Host}, a URI or header block too long, a protocol version that
 * is not HTTP/1.x): the broker's problem JSON instead of Jetty's HTML page, saying what was wrong.
 * Jetty answers an unknown protocol version or transfer coding with 505 or 501; those describe
 * the request, not the server, so they are 400 here (Pact clients retry a 5xx, and nothing about
 * this request would change on a retry).
 */
public final class ProtocolErrors extends ErrorHandler {
  /** Every method gets the body (Jetty's default writes one only for GET, POST and HEAD). */
  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
      Callback callback) {
    int status = clientStatus(code);
    response.setStatus(status);
    String accept = request.getHeaders().get(HttpHeader.ACCEPT);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, ProblemJson.contentType(accept));
    response.write(true, BufferUtil.toBuffer(body(status, message).getBytes(StandardCharsets.UTF_8)), callback);
  }

  @Override
  public ByteBuffer badMessageError(int code, String reason, HttpFields.Mutable fields) {
    int status = clientStatus(code);
    fields.put(new HttpField(HttpHeader.CONTENT_TYPE, ProblemJson.contentType(null)));
    return BufferUtil.toBuffer(body(status, reason).getBytes(StandardCharsets.UTF_8));
  }

  /** The status to answer: Jetty's, except that a request in an unknown protocol or coding is the client's error. */
  public static int clientStatus(int code) {
    return code == HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505 || code == HttpStatus.NOT_IMPLEMENTED_501 ? HttpStatus.BAD_REQUEST_400 : code;
  }

  private static String body(int status, String reason) {
    String what = reason == null || reason.isBlank() ? HttpStatus.getMessage(status) : reason;
    String detail = switch (status) {
      case HttpStatus.URI_TOO_LONG_414 -> "The request line is too long (" + what + "); send long values in a request body";
      case HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431 -> "The request headers are too large (" + what + "); send fewer or shorter headers";
      case HttpStatus.EXPECTATION_FAILED_417 -> "The Expect header asks for something the broker does not do (" + what
          + "); send no Expect header or Expect: 100-continue";
      default -> "The request is not valid HTTP/1.1 the broker can read: " + what;
    };
    return ProblemJson.body(ApiException.of(status, HttpStatus.getMessage(status), detail));
  }
}
