package dev.treaty.broker.internal.http;

import dev.treaty.broker.internal.api.Hal;
import io.javalin.http.Context;
import java.net.URI;
import java.util.Optional;

/**
 * The base URL links are built from: the configured one (behind a proxy), else the request's
 * {@code X-Forwarded-Proto}/{@code X-Forwarded-Host}, else its scheme and {@code Host}.
 */
public final class BaseUrls {
  private final Optional<URI> configured;

  public BaseUrls(Optional<URI> configured) {
    this.configured = configured;
  }

  public String of(Context ctx) {
    if (configured.isPresent()) {
      String url = configured.get().toString();
      return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
    String proto = firstValue(ctx.header("X-Forwarded-Proto"));
    String host = firstValue(ctx.header("X-Forwarded-Host"));
    if (host == null) {
      host = ctx.header("Host");
    }
    if (host == null) {
      host = ctx.host();
    }
    if (proto == null) {
      proto = ctx.scheme();
    }
    return proto + "://" + host;
  }

  /** HAL links for this request. */
  public Hal hal(Context ctx) {
    return Hal.at(of(ctx));
  }

  private static String firstValue(String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    return header.split(",", 2)[0].trim();
  }
}
