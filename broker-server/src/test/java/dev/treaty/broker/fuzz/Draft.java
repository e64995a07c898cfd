package dev.treaty.broker.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.testing.PactFixtures;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request being built: a valid one from {@link RequestTemplates}, which {@link Mutation}s then
 * change part by part (the JSON tree first, the bytes after) before {@link #toRaw()} fixes it.
 * A {@code "$PACT"} string in the JSON body stands for the base64 of {@link #pact}, so that the pact
 * inside a publish request can be mutated as a document of its own.
 */
final class Draft {
  static final String PACT_PLACEHOLDER = "$PACT";

  String method;
  /** Path segments as sent, already percent-encoded (or deliberately not). */
  final List<String> segments = new ArrayList<>();
  /** Query items as sent ({@code name=value}, encoded), joined with '&'; null means no '?'. */
  List<String> query;
  final List<RawRequest.Header> headers = new ArrayList<>();
  /** The JSON body before it is written; null when there is none or {@link #bytes} replaced it. */
  JsonNode json;
  /** The pact a {@code "$PACT"} placeholder stands for. */
  JsonNode pact;
  /** True on the endpoints whose body is a pact ({@code PUT /pacts/...}): pact mutations change {@link #json}. */
  boolean pactIsBody;
  /** The world's names, for pact fixtures that must name this consumer and provider. */
  String consumer;
  String provider;
  final Map<String, String> splices = new LinkedHashMap<>();
  final List<String> notes = new ArrayList<>();
  /** The body bytes, once a byte-level mutation has taken over from {@link #json}. */
  byte[] bytes;
  Framing framing = new Framing.Exact();
  String version = "HTTP/1.1";
  /** Replaces the whole request target when set (an absolute URI, {@code *}, no leading '/'). */
  String target;

  /** The body as bytes from here on: byte-level mutations work on this. */
  byte[] body() {
    if (bytes == null) {
      bytes = json == null ? new byte[0] : JsonText.write(withPact(json), splices).getBytes(StandardCharsets.UTF_8);
      json = null;
    }
    return bytes;
  }

  /** The pact being published: {@link #pact}, or the body itself on the endpoints whose body is a pact. */
  JsonNode pactDocument() {
    return pactIsBody ? json : pact;
  }

  void setPactDocument(JsonNode document) {
    if (pactIsBody) {
      json = document;
    } else if (pact != null) {
      pact = document;
    }
  }

  /** Raw JSON text in place of a node (see {@link JsonText#splice}). */
  JsonNode splice(String raw) {
    return JsonText.splice(splices, raw);
  }

  /** Records what a mutation did where, for the report (a resolved JSON path, a header it replaced). */
  void note(String text) {
    notes.add(text);
  }

  /** Sets segment {@code i} to {@code value}, or drops it when {@code value} is null; nothing when there is no such segment. */
  void setSegment(int i, String value) {
    if (i >= 0 && i < segments.size()) {
      if (value == null) {
        segments.remove(i);
      } else {
        segments.set(i, value);
      }
    }
  }

  void addQuery(String item) {
    if (query == null) {
      query = new ArrayList<>();
    }
    query.add(item);
  }

  void header(String name, String value) {
    headers.removeIf(h -> h.name().equalsIgnoreCase(name));
    headers.add(new RawRequest.Header(name, value));
  }

  String pathAndQuery() {
    return "/" + String.join("/", segments) + (query == null ? "" : "?" + String.join("&", query));
  }

  RawRequest toRaw() {
    return new RawRequest(method, target != null ? target : pathAndQuery(), version, headers, body(), framing);
  }

  private JsonNode withPact(JsonNode node) {
    if (pact == null) {
      return node;
    }
    String content = PactFixtures.base64(JsonText.write(pact, splices));
    JsonNode copy = node.deepCopy();
    replacePlaceholder(copy, content);
    return copy.isTextual() && copy.textValue().equals(PACT_PLACEHOLDER) ? com.fasterxml.jackson.databind.node.TextNode.valueOf(content) : copy;
  }

  private static void replacePlaceholder(JsonNode node, String content) {
    if (node instanceof ObjectNode object) {
      object.properties().forEach(field -> {
        if (field.getValue().isTextual() && field.getValue().textValue().equals(PACT_PLACEHOLDER)) {
          field.setValue(com.fasterxml.jackson.databind.node.TextNode.valueOf(content));
        } else {
          replacePlaceholder(field.getValue(), content);
        }
      });
    } else if (node instanceof com.fasterxml.jackson.databind.node.ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        if (array.get(i).isTextual() && array.get(i).textValue().equals(PACT_PLACEHOLDER)) {
          array.set(i, com.fasterxml.jackson.databind.node.TextNode.valueOf(content));
        } else {
          replacePlaceholder(array.get(i), content);
        }
      }
    }
  }
}
