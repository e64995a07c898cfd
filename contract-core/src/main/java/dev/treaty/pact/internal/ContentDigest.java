package dev.treaty.pact.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The content digest of a pact document, exactly as the Treaty broker has always stored it (a
 * change here changes the identity of every stored pact): SHA-256 hex of {@code interactions}
 * and/or {@code messages} with keys sorted at every depth and the elements sorted by their JSON
 * text, plus the specification version label as written.
 */
public final class ContentDigest {
  private ContentDigest() {}

  public static String of(JsonNode pact) {
    return CanonicalJson.hash("SHA-256", canonicalForm(pact));
  }

  /** The text the digest is taken of. */
  public static String canonicalForm(JsonNode pact) {
    ObjectNode canonical = CanonicalJson.NODES.objectNode();
    for (String key : List.of("interactions", "messages")) {
      JsonNode list = pact.get(key);
      if (list != null && !list.isNull()) {
        canonical.set(key, sortedElements(list));
      }
    }
    String specVersion = specificationLabel(pact.path("metadata"));
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
    return CanonicalJson.NODES.rawValueNode(new RawValue("[" + String.join(",", texts) + "]"));
  }

  /**
   * The specification version label as the document writes it ({@code "3.0.0"}, {@code "4.0"}):
   * the digest takes the text, not the parsed version, so existing digests stay as they are. It
   * deliberately does not follow {@code dev.treaty.json.SpecVersionField}, which also reads a plain-text
   * {@code pactSpecification}: the digest predates that spelling, and a stored pact's identity must
   * never change (a re-publication of the same content would become a 409).
   */
  public static String specificationLabel(JsonNode metadata) {
    for (JsonNode candidate : List.of(
        metadata.path("pactSpecification").path("version"),
        metadata.path("pact-specification").path("version"),
        metadata.path("pactSpecificationVersion"))) {
      if (candidate.isValueNode()) {
        return candidate.asText();
      }
    }
    return null;
  }
}
