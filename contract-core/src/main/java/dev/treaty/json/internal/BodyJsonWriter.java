package dev.treaty.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.contract.Body;
import dev.treaty.contract.SpecVersion;

/**
 * Writes a body: raw in V3 (XML and text as a string, binary as base64 text), wrapped in V4
 * ({@code content}, {@code contentType}, {@code encoded}). A JSON body that is a bare string or
 * null is written as JSON text so that it reads back as the same JSON value.
 */
final class BodyJsonWriter {
  private final SpecVersion version;

  BodyJsonWriter(SpecVersion version) {
    this.version = version;
  }

  /** Puts {@code body} under {@code field} of {@code parent}; a missing body writes nothing. */
  void write(ObjectNode parent, String field, Body body) {
    if (body instanceof Body.Missing) {
      return;
    }
    parent.set(field, version == SpecVersion.V4 ? wrapped(body) : raw(body));
  }

  private static JsonNode raw(Body body) {
    if (body instanceof Body.Json json) {
      return needsJsonText(json.value())
          ? PactJson.NODES.textNode(json.value().toString())
          : json.value();
    }
    if (body instanceof Body.Xml xml) {
      return PactJson.NODES.textNode(xml.xml());
    }
    if (body instanceof Body.Text text) {
      return PactJson.NODES.textNode(text.text());
    }
    if (body instanceof Body.Binary binary) {
      return PactJson.NODES.textNode(binary.base64());
    }
    return PactJson.NODES.textNode("");
  }

  private static ObjectNode wrapped(Body body) {
    ObjectNode wrapper = PactJson.NODES.objectNode();
    String encoding = null;
    if (body instanceof Body.Json json && needsJsonText(json.value())) {
      wrapper.put("content", json.value().toString());
      encoding = "json";
    } else if (body instanceof Body.Binary binary) {
      wrapper.put("content", binary.base64());
      encoding = "base64";
    } else {
      wrapper.set("content", raw(body));
    }
    if (body.contentType() != null) {
      wrapper.put("contentType", body.contentType());
    }
    if (encoding == null) {
      wrapper.put("encoded", false);
    } else {
      wrapper.put("encoded", encoding);
    }
    return wrapper;
  }

  private static boolean needsJsonText(JsonNode value) {
    return value.isTextual() || value.isNull();
  }
}
