package dev.treaty.broker.internal.http;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Path parameters decoded per RFC 3986, not as form values: {@code %2F} is '/', '+' stays '+'.
 * Pact clients encode '/' in branch names ({@code feature%2Fx}) and '+' appears in versions
 * ({@code 1.0.0+build.7}). Javalin 7 on Jetty 12 (with the URI compliance {@code TreatyBroker}
 * sets) already decodes this way; {@code PathEncodingTest} holds it to that, and routes read
 * parameters only through here so any change is fixed in one place.
 */
public final class PathParams {
  private PathParams() {}

  /** The decoded value of path parameter {@code name}. */
  public static String get(Context ctx, String name) {
    String raw = ctx.pathParamMap().get(name);
    if (raw == null) {
      throw new IllegalStateException("route has no path parameter " + name);
    }
    return raw;
  }

  /** The decoded value of path parameter {@code name}, or null when the route has none (an optional segment). */
  public static String optional(Context ctx, String name) {
    return ctx.pathParamMap().get(name);
  }

  /**
   * The last segment of the request path exactly as it arrived (still percent-encoded), for opaque
   * tokens that are echoed back into links, such as a pact URL's {@code /metadata/{m}}.
   */
  public static String rawLastSegment(Context ctx) {
    String path = ctx.path();
    int end = path.endsWith("/") ? path.length() - 1 : path.length();
    return path.substring(path.lastIndexOf('/', end - 1) + 1, end);
  }

  /** Decodes percent escapes in {@code raw}; '+' is kept as is. */
  public static String decode(String raw) {
    if (raw.indexOf('%') < 0) {
      return raw;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%' && i + 2 < raw.length() + 0 && isHex(raw, i + 1) && isHex(raw, i + 2)) {
        out.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        out.write(bytes, 0, bytes.length);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static boolean isHex(String s, int i) {
    return i < s.length() && Character.digit(s.charAt(i), 16) >= 0;
  }
}
