package dev.treaty.broker.internal.http;

import dev.treaty.broker.internal.api.ApiException;
import dev.treaty.broker.internal.ops.BodyAllowance;
import io.javalin.http.Context;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpException;

/**
 * The one way routes read a request body: streamed (never held whole before it is parsed), every
 * byte counted against the request's {@link BodyAllowance} (413 past {@code --max-body-bytes}, 503
 * when the memory budget is full), and a body whose framing is broken (a bad chunk size, a chunk
 * cut short, no final chunk, a connection closed before {@code Content-Length} bytes came) a 400
 * instead of the I/O error.
 */
final class RequestBody extends FilterInputStream {
  private final BodyAllowance allowance;

  private RequestBody(InputStream in, BodyAllowance allowance) {
    super(in);
    this.allowance = allowance;
  }

  /** The request's share of the memory budget (also for a large reply: {@link BodyAllowance#reserveForReply}). */
  static BodyAllowance allowance(Context ctx) {
    BodyAllowance allowance = (BodyAllowance) ctx.req().getAttribute(BodyAllowance.ATTRIBUTE);
    if (allowance == null) {
      throw new IllegalStateException("no BodyAllowance on the request: BodyAdmission must be in front of the routes");
    }
    return allowance;
  }

  /** The body as a stream. */
  static InputStream stream(Context ctx) {
    BodyAllowance allowance = allowance(ctx);
    try {
      return new RequestBody(ctx.req().getInputStream(), allowance);
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  /** The body as text, in the charset of its {@code Content-Type} (UTF-8 when it names none). */
  static String text(Context ctx) {
    try (InputStream in = stream(ctx)) {
      return new String(in.readAllBytes(), charset(ctx));
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  /** The charset its {@code Content-Type} names (quoted or not), UTF-8 when none; 415 for one the broker cannot decode. */
  private static Charset charset(Context ctx) {
    String type = ctx.header("Content-Type");
    if (type == null) {
      return StandardCharsets.UTF_8;
    }
    for (String parameter : type.split(";")) {
      String[] kv = parameter.split("=", 2);
      if (kv.length == 2 && kv[0].trim().equalsIgnoreCase("charset")) {
        String name = kv[1].trim();
        String unquoted = name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"") ? name.substring(1, name.length() - 1) : name;
        try {
          return Charset.forName(unquoted);
        } catch (IllegalArgumentException e) {
          throw ApiException.of(415, "Unsupported media type",
              "Content-Type names a charset the broker cannot decode: '" + name + "'; send UTF-8 (charset=utf-8 or none)");
        }
      }
    }
    return StandardCharsets.UTF_8;
  }


  @Override
  public int read() throws IOException {
    int b;
    try {
      b = super.read();
    } catch (IOException e) {
      throw unreadable(e);
    }
    if (b >= 0) {
      allowance.count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n;
    try {
      n = super.read(buffer, offset, length);
    } catch (IOException e) {
      throw unreadable(e);
    }
    if (n > 0) {
      allowance.count(n);
    }
    return n;
  }

  /**
   * The error for a body that could not be read: Jetty's status for a broken message (400), 408 for
   * a body that stopped arriving, else 400 (a client that went away never reads it).
   */
  private static RuntimeException unreadable(IOException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof HttpException http) {
        String detail = "could not be read (" + http.getReason() + "): its framing is broken, e.g. a bad chunk size,"
            + " a chunk cut short, no final zero-length chunk, or the connection closed before Content-Length bytes came";
        return http.getCode() == 400 ? ApiException.invalidField("body", detail) : ApiException.of(http.getCode(), "Bad request", "body " + detail);
      }
      if (t instanceof TimeoutException) {
        return ApiException.of(408, "Request timeout", "body: stopped arriving before it was complete (" + t.getMessage() + ")");
      }
    }
    return ApiException.invalidField("body", "could not be read: " + e.getMessage());
  }
}
