package dev.treaty.broker.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.broker.internal.api.JsonTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** A small real HTTP client for broker tests: JSON in, {@link Reply} out. */
public final class BrokerHttp {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final ObjectMapper MAPPER = JsonTrees.MAPPER;
  private static final OkHttpClient CLIENT = new OkHttpClient();

  private final URI base;

  public BrokerHttp(URI base) {
    this.base = base;
  }

  /** An HTTP reply: status, headers and body. */
  public record Reply(int status, Map<String, java.util.List<String>> headers, String body) {
    public JsonNode json() {
      try {
        return MAPPER.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON (" + status + "): " + body, e);
      }
    }

    public String header(String name) {
      for (Map.Entry<String, java.util.List<String>> h : headers.entrySet()) {
        if (h.getKey().equalsIgnoreCase(name)) {
          return h.getValue().get(0);
        }
      }
      return null;
    }
  }

  public Reply get(String path) {
    return send("GET", path, null, Map.of());
  }

  public Reply put(String path, String json) {
    return send("PUT", path, json, Map.of());
  }

  public Reply post(String path, String json) {
    return send("POST", path, json, Map.of());
  }

  public Reply patch(String path, String json) {
    return send("PATCH", path, json, Map.of());
  }

  public Reply delete(String path) {
    return send("DELETE", path, null, Map.of());
  }

  /** {@code path} is relative to the broker (and already encoded) or an absolute URL. */
  public Reply send(String method, String path, String body, Map<String, String> headers) {
    String url = path.startsWith("http") ? path : base + path;
    Request.Builder request = new Request.Builder().url(url).header("Accept", "application/hal+json");
    headers.forEach(request::header);
    RequestBody requestBody = body == null
        ? (method.equals("GET") || method.equals("DELETE") ? null : RequestBody.create(new byte[0], null))
        : RequestBody.create(body, JSON);
    request.method(method, requestBody);
    try (Response response = CLIENT.newCall(request.build()).execute()) {
      return new Reply(response.code(), response.headers().toMultimap(), response.body().string());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + url + " failed", e);
    }
  }
}
