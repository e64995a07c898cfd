package dev.treaty.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.treaty.contract.Body;
import dev.treaty.contract.Message;
import dev.treaty.contract.ProviderState;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Gets the actual message of a message interaction from an HTTP endpoint of the provider, the Pact
 * convention for providers in any language: it POSTs {@code {"description": "...",
 * "providerStates": [{"name": "...", "params": {...}}]}} as JSON; the response body is the
 * message's contents (parsed by its {@code Content-Type}), and the {@code Pact-Message-Metadata}
 * header, when present, its metadata (base64-encoded JSON object). The response's content type is
 * also reported as the {@code contentType} metadata unless the header sets it. A non-2xx answer
 * fails the interaction with the status and the start of the body.
 */
public final class HttpMessageProducer implements MessageProducer, AutoCloseable {
  /** The response header that carries the message metadata. */
  public static final String METADATA_HEADER = "Pact-Message-Metadata";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final MediaType JSON = MediaType.get("application/json");

  private final URI url;
  private final OkHttpClient client;

  /** A producer posting to {@code url}, waiting at most {@code timeout} per message. */
  public HttpMessageProducer(URI url, Duration timeout) {
    this.url = Objects.requireNonNull(url, "url");
    this.client = new OkHttpClient.Builder()
        .callTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
        .build();
  }

  @Override
  public Message produce(String description, List<ProviderState> states) throws IOException {
    ObjectNode body = MAPPER.createObjectNode();
    body.put("description", description);
    ArrayNode array = body.putArray("providerStates");
    for (ProviderState state : states) {
      ObjectNode node = array.addObject().put("name", state.name());
      node.set("params", MAPPER.valueToTree(state.params()));
    }
    Request request = new Request.Builder()
        .url(url.toString())
        .post(RequestBody.create(MAPPER.writeValueAsBytes(body), JSON))
        .build();
    try (Response response = call(request, description)) {
      byte[] bytes = response.body().bytes();
      if (!response.isSuccessful()) {
        throw new IOException("POST " + url + " for message \"" + description + "\" answered HTTP "
            + response.code() + (bytes.length == 0 ? "" : ": " + abbreviate(new String(bytes, StandardCharsets.UTF_8))));
      }
      String contentType = response.header("Content-Type");
      Map<String, JsonNode> metadata = new LinkedHashMap<>();
      if (contentType != null) {
        metadata.put("contentType", TextNode.valueOf(contentType));
      }
      metadata.putAll(metadata(response.header(METADATA_HEADER), description));
      return new Message(bytes.length == 0 ? Body.missing() : Body.of(bytes, contentType), metadata, null, null);
    }
  }

  private Response call(Request request, String description) throws IOException {
    try {
      return client.newCall(request).execute();
    } catch (IOException e) {
      throw new IOException("POST " + url + " for message \"" + description + "\" failed: " + e.getMessage(), e);
    }
  }

  private Map<String, JsonNode> metadata(String header, String description) throws IOException {
    Map<String, JsonNode> metadata = new LinkedHashMap<>();
    if (header == null || header.isBlank()) {
      return metadata;
    }
    JsonNode node;
    try {
      node = MAPPER.readTree(Base64.getDecoder().decode(header.strip()));
    } catch (IllegalArgumentException | IOException e) {
      throw new IOException("POST " + url + " for message \"" + description + "\": the " + METADATA_HEADER
          + " header is not base64-encoded JSON (" + e.getMessage() + ")", e);
    }
    if (!(node instanceof ObjectNode object)) {
      throw new IOException("POST " + url + " for message \"" + description + "\": the " + METADATA_HEADER
          + " header holds " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + ", not a JSON object");
    }
    object.properties().forEach(e -> metadata.put(e.getKey(), e.getValue()));
    return metadata;
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
