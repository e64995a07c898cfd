package dev.treaty.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.contract.internal.JsonMappers;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.treaty.contract.Body;
import dev.treaty.contract.Message;
import dev.treaty.contract.ProviderState;
import dev.treaty.verify.internal.JsonEndpoint;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
  private static final ObjectMapper MAPPER = JsonMappers.DATA;

  private final JsonEndpoint endpoint;

  /** A producer posting to {@code url}, waiting at most {@code timeout} per message. */
  public HttpMessageProducer(URI url, Duration timeout) {
    this.endpoint = new JsonEndpoint(url, timeout);
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
    String purpose = "for message \"" + description + "\"";
    JsonEndpoint.Answer answer = endpoint.post(body, purpose);
    Map<String, JsonNode> metadata = new LinkedHashMap<>();
    if (answer.contentType() != null) {
      metadata.put("contentType", TextNode.valueOf(answer.contentType()));
    }
    metadata.putAll(metadata(answer.header(METADATA_HEADER), purpose));
    return new Message(answer.body().length == 0 ? Body.missing() : Body.of(answer.body(), answer.contentType()),
        metadata, null, null);
  }

  private Map<String, JsonNode> metadata(String header, String purpose) throws IOException {
    Map<String, JsonNode> metadata = new LinkedHashMap<>();
    if (header == null || header.isBlank()) {
      return metadata;
    }
    JsonNode node;
    try {
      node = MAPPER.readTree(Base64.getDecoder().decode(header.strip()));
    } catch (IllegalArgumentException | IOException e) {
      throw new IOException(endpoint.describe(purpose) + ": the " + METADATA_HEADER
          + " header is not base64-encoded JSON (" + e.getMessage() + ")", e);
    }
    if (!(node instanceof ObjectNode object)) {
      throw new IOException(endpoint.describe(purpose) + ": the " + METADATA_HEADER
          + " header holds " + node.getNodeType().name().toLowerCase(Locale.ROOT) + ", not a JSON object");
    }
    object.properties().forEach(e -> metadata.put(e.getKey(), e.getValue()));
    return metadata;
  }

  /** Releases the HTTP client's connections and threads. */
  @Override
  public void close() {
    endpoint.close();
  }
}
