package dev.treaty.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.contract.internal.JsonMappers;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.contract.ProviderState;
import dev.treaty.verify.internal.JsonEndpoint;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sets provider states up and down through an HTTP endpoint of the provider, the Pact convention
 * that lets any language take part: for each state it POSTs {@code {"state": "...", "params":
 * {...}, "action": "setup"|"teardown"}} as JSON. A JSON object in the setup response provides
 * values for the interaction's provider-state generators; a non-2xx answer fails the state.
 */
public final class HttpProviderStateHandler implements ProviderStateHandler, AutoCloseable {
  private static final ObjectMapper MAPPER = JsonMappers.DATA;

  private final JsonEndpoint endpoint;

  /** A handler posting to {@code url}, waiting at most {@code timeout} per call. */
  public HttpProviderStateHandler(URI url, Duration timeout) {
    this.endpoint = new JsonEndpoint(url, timeout);
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
    byte[] answer = endpoint.post(body, "(" + action + ")").body();
    return readJson(answer);
  }

  /** The answer as JSON, or null when it is empty or not JSON (then it provides no values). */
  private static JsonNode readJson(byte[] answer) {
    if (new String(answer, StandardCharsets.UTF_8).isBlank()) {
      return null;
    }
    try {
      return MAPPER.readTree(answer);
    } catch (IOException notJson) {
      return null;
    }
  }

  /** Releases the HTTP client's connections and threads. */
  @Override
  public void close() {
    endpoint.close();
  }
}
