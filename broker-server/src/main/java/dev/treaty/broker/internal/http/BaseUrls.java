package dev.treaty.broker.internal.http;

import dev.treaty.broker.internal.api.Hal;
import io.javalin.http.Context;
import java.net.URI;
import java.util.Optional;

/**
 * The base URL links are built from, in this order:
 * <ol>
 *   <li>the configured {@code --base-url}, always;</li>
 *   <li>with {@code --trust-proxy}: {@code X-Forwarded-Proto}/{@code -Host}/{@code -Port}/{@code -Prefix},
 *       each falling back to the request's scheme and {@code Host};</li>
 *   <li>otherwise the address and port the connection actually reached on this machine. The
 *       {@code Host} header is not used then: any client can set it, and links built from it
 *       would let one request poison a shared cache or a page with a foreign host.</li>
 * </ol>
 */
public final class BaseUrls {
  private final Optional<URI> configured;
  private final boolean trustProxy;

  public BaseUrls(Optional<URI> configured, boolean trustProxy) {
    this.configured = configured;
    this.trustProxy = trustProxy;
  }

  public String of(Context ctx) {
    if (configured.isPresent()) {
      return withoutTrailingSlash(configured.get().toString());
    }
    return trustProxy ? forwarded(ctx) : reached(ctx);
  }

  /** HAL links for this request. */
  public Hal hal(Context ctx) {
    return Hal.at(of(ctx));
  }

  private static String reached(Context ctx) {
    String address = ctx.req().getLocalAddr();
    String host = address.contains(":") ? "[" + address + "]" : address;
    return ctx.scheme() + "://" + host + ":" + ctx.req().getLocalPort();
  }

  private static String forwarded(Context ctx) {
    String proto = orElse(firstValue(ctx.header("X-Forwarded-Proto")), ctx.scheme());
    String host = orElse(firstValue(ctx.header("X-Forwarded-Host")), orElse(ctx.header("Host"), ctx.host()));
    String port = firstValue(ctx.header("X-Forwarded-Port"));
    if (port != null && port.matches("\\d{1,5}")) {
      host = withoutPort(host) + (isDefault(proto, port) ? "" : ":" + port);
    }
    String prefix = firstValue(ctx.header("X-Forwarded-Prefix"));
    String path = prefix == null ? "" : withoutTrailingSlash(prefix.startsWith("/") ? prefix : "/" + prefix);
    return proto + "://" + host + path;
  }

  private static boolean isDefault(String proto, String port) {
    return ("https".equals(proto) && "443".equals(port)) || ("http".equals(proto) && "80".equals(port));
  }

  private static String withoutPort(String host) {
    int colon = host.lastIndexOf(':');
    return colon > host.lastIndexOf(']') ? host.substring(0, colon) : host;
  }

  private static String withoutTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private static String orElse(String value, String fallback) {
    return value == null ? fallback : value;
  }

  private static String firstValue(String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    return header.split(",", 2)[0].trim();
  }
}
