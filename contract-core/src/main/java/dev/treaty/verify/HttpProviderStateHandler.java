package dev.treaty.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.contract.ProviderState;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Sets provider states up and down through an HTTP endpoint of the provider, the Pact convention
 * that lets any language take part: for each state it POSTs {@code {"state": "...", "params":
 * {...}, "action": "setup"|"teardown"}} as JSON. A JSON object in the setup response provides
 * values for the interaction's provider-state generators; a non-2xx answer fails the state.
 */
public final class HttpProviderStateHandler implements ProviderStateHandler, AutoCloseable {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final MediaType JSON = MediaType.get("application/json");

  private final URI url;
  private final OkHttpClient client;

  /** A handler posting to {@code url}, waiting at most {@code timeout} per call. */
  public HttpProviderStateHandler(URI url, Duration timeout) {
    this.url = Objects.requireNonNull(url, "url");
    this.client = new OkHttpClient.Builder()
        .callTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
        .build();
  }

  /** A handler posting to {@code url}, waiting at most ten seconds per call. */
  public static HttpProviderStateHandler of(URI url) {
    return new HttpProviderStateHandler(url, Duration.ofSeconds(10));
  }

  @Override
  public Map<String, Object> setUp(ProviderState state) throws IOException {
    JsonNode answer = post(state, "setup");
    Map<String, Object> values = new LinkedHashMap<>();
    if (answer instanceof ObjectNode object) {
      object.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue()));
    }
    return values;
  }

  @Override
  public void tearDown(ProviderState state) throws IOException {
    post(state, "teardown");
  }

  private JsonNode post(ProviderState state, String action) throws IOException {
    ObjectNode body = MAPPER.createObjectNode();
    body.put("state", state.name());
    body.set("params", MAPPER.valueToTree(state.params()));
    body.put("action", action);
    Request request = new Request.Builder()
        .url(url.toString())
        .post(RequestBody.create(MAPPER.writeValueAsBytes(body), JSON))
        .build();
    try (Response response = execute(request, action)) {
      String text = response.body().string();
      if (!response.isSuccessful()) {
        throw new IOException("POST " + url + " (" + action + ") answered HTTP " + response.code()
            + (text.isBlank() ? "" : ": " + abbreviate(text)));
      }
      return text.isBlank() ? null : readJson(text);
    }
  }

  private Response execute(Request request, String action) throws IOException {
    try {
      return client.newCall(request).execute();
    } catch (IOException e) {
      throw new IOException("POST " + url + " (" + action + ") failed: " + e.getMessage(), e);
    }
  }

  private static JsonNode readJson(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (IOException notJson) {
      return null;
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
