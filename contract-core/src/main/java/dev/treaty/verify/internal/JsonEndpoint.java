package dev.treaty.verify.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.contract.internal.JsonMappers;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * An endpoint of the provider that the verifier POSTs JSON to (provider states, messages): one
 * HTTP client with a per-call timeout, and errors that name the URL, the purpose of the call, the
 * status and the start of the answer.
 */
public final class JsonEndpoint implements AutoCloseable {
  private static final ObjectMapper MAPPER = JsonMappers.DATA;
  private static final MediaType JSON = MediaType.get("application/json");

  private final URI url;
  private final OkHttpClient client;

  public JsonEndpoint(URI url, Duration timeout) {
    this.url = Objects.requireNonNull(url, "url");
    this.client = new OkHttpClient.Builder()
        .callTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
        .build();
  }

  /** A 2xx answer: its body bytes and headers. */
  public record Answer(byte[] body, String contentType, Headers headers) {
    public String header(String name) {
      return headers.get(name);
    }
  }

  /**
   * POSTs {@code body}; {@code purpose} (such as {@code (setup)} or {@code for message "x"}) goes
   * into every error. A non-2xx answer is an {@link IOException} with status and body start.
   */
  public Answer post(JsonNode body, String purpose) throws IOException {
    Request request = new Request.Builder()
        .url(url.toString())
        .post(RequestBody.create(MAPPER.writeValueAsBytes(body), JSON))
        .build();
    try (Response response = call(request, purpose)) {
      byte[] bytes = response.body().bytes();
      if (!response.isSuccessful()) {
        throw new IOException(describe(purpose) + " answered HTTP " + response.code()
            + (bytes.length == 0 ? "" : ": " + abbreviate(new String(bytes, StandardCharsets.UTF_8))));
      }
      return new Answer(bytes, response.header("Content-Type"), response.headers());
    }
  }

  /** {@code POST <url> <purpose>}, the start of every message about a call. */
  public String describe(String purpose) {
    return "POST " + url + " " + purpose;
  }

  private Response call(Request request, String purpose) throws IOException {
    try {
      return client.newCall(request).execute();
    } catch (IOException e) {
      throw new IOException(describe(purpose) + " failed: " + e.getMessage(), e);
    }
  }

  private static String abbreviate(String text) {
    String t = text.strip();
    return t.length() <= 200 ? t : t.substring(0, 200) + "...";
  }

  /** Releases the HTTP client's connections and threads. */
  @Override
  public void close() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }
}
