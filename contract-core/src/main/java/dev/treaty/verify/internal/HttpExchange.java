package dev.treaty.verify.internal;

import dev.treaty.contract.Body;
import dev.treaty.contract.Headers;
import dev.treaty.contract.HttpRequest;
import dev.treaty.contract.HttpResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Sends a contract request to the provider with OkHttp and turns the answer into a contract
 * response; the only class that knows OkHttp's request and response types.
 */
final class HttpExchange {
  private final OkHttpClient client;
  private final String base;
  private final Duration timeout;

  /** Sends through {@code client} (possibly shared by several verifiers), each call limited to {@code timeout}. */
  HttpExchange(OkHttpClient client, URI baseUrl, Duration timeout) {
    this.client = client;
    this.timeout = timeout;
    String b = baseUrl.toString();
    this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
  }

  HttpResponse send(HttpRequest request) throws IOException {
    Call call = client.newCall(toOkHttp(request));
    call.timeout().timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
    try (Response response = call.execute()) {
      Map<String, List<String>> headers = new LinkedHashMap<>();
      for (String name : response.headers().names()) {
        headers.put(name, new ArrayList<>(response.headers(name)));
      }
      ResponseBody body = response.body();
      byte[] bytes = body.bytes();
      String contentType = response.header("Content-Type");
      return new HttpResponse(response.code(), new Headers(headers), Body.of(bytes, contentType), null, null);
    }
  }

  /** The URL the request goes to: base URL, then the interaction's path and query. */
  HttpUrl url(HttpRequest request) {
    String path = request.path().startsWith("/") ? request.path() : "/" + request.path();
    HttpUrl parsed = HttpUrl.parse(base + path);
    if (parsed == null) {
      throw new IllegalArgumentException("request path \"" + request.path() + "\" does not form a URL with " + base);
    }
    HttpUrl.Builder url = parsed.newBuilder();
    request.query().parameters().forEach((name, values) -> values.forEach(v -> url.addQueryParameter(name, v)));
    return url.build();
  }

  private Request toOkHttp(HttpRequest request) {
    okhttp3.Headers.Builder headers = new okhttp3.Headers.Builder();
    request.headers().values().forEach((name, values) -> values.forEach(v -> headers.addUnsafeNonAscii(name, v)));
    RequestBody body = null;
    if (request.body().isPresent() || requiresBody(request.method())) {
      String type = request.headers().first("Content-Type");
      if (type == null) {
        type = request.body().contentType();
      }
      MediaType mediaType = type == null ? null : MediaType.parse(type);
      body = RequestBody.create(request.body().bytes(), mediaType);
    }
    return new Request.Builder()
        .url(url(request))
        .headers(headers.build())
        .method(request.method().toUpperCase(java.util.Locale.ROOT), body)
        .build();
  }

  private static boolean requiresBody(String method) {
    String m = method.toUpperCase(java.util.Locale.ROOT);
    return m.equals("POST") || m.equals("PUT") || m.equals("PATCH") || m.equals("PROPPATCH") || m.equals("REPORT");
  }
}
