package dev.treaty.broker.internal.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.json.SpecVersionField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The identity of a pact's content: SHA-256 (hex) of a canonical form holding only what affects
 * verification, so equal content is stored once and verifications carry over between versions.
 *
 * <p>The canonical form is {@code interactions} and/or {@code messages} with object keys sorted at
 * every depth and the interactions themselves sorted by their JSON text, plus the pact
 * specification version as written, wherever the pact names it (contract-core's {@link
 * SpecVersionField}).
 * Other metadata (library versions), whitespace, key order and interaction order do not change
 * it; the order of elements inside an interaction (say, a body array) does.
 */
public final class ContractDigest {
  private ContractDigest() {}

  /** The SHA-256 hex digest of the canonical form of {@code pact}. */
  public static String of(JsonNode pact) {
    return CanonicalJson.hash("SHA-256", canonicalForm(pact));
  }

  /** The canonical text the digest is taken of (for tests and diagnostics). */
  public static String canonicalForm(JsonNode pact) {
    ObjectNode canonical = CanonicalJson.MAPPER.createObjectNode();
    for (String key : List.of("interactions", "messages")) {
      JsonNode list = pact.get(key);
      if (list != null && !list.isNull()) {
        canonical.set(key, sortedElements(list));
      }
    }
    String specVersion = specificationVersion(pact.path("metadata"));
    if (specVersion != null) {
      canonical.put("pactSpecificationVersion", specVersion);
    }
    return CanonicalJson.write(canonical);
  }

  private static JsonNode sortedElements(JsonNode list) {
    if (!list.isArray()) {
      return CanonicalJson.sortKeys(list);
    }
    List<String> texts = new ArrayList<>();
    list.forEach(element -> texts.add(CanonicalJson.write(CanonicalJson.sortKeys(element))));
    texts.sort(Comparator.naturalOrder());
    // The elements' texts joined as a JSON array: the same text as serialising the sorted array.
    return CanonicalJson.MAPPER.getNodeFactory().rawValueNode(new com.fasterxml.jackson.databind.util.RawValue("[" + String.join(",", texts) + "]"));
  }

  private static String specificationVersion(JsonNode metadata) {
    return SpecVersionField.find(metadata)
        .map(SpecVersionField.Found::value)
        .filter(JsonNode::isValueNode)
        .map(JsonNode::asText)
        .orElse(null);
  }
}
