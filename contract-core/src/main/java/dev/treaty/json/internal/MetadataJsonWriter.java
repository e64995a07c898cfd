package dev.treaty.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.contract.SpecVersion;
import dev.treaty.json.SpecVersionField;
import java.util.Map;

/**
 * Writes a pact file's {@code metadata}: the kept entries with keys sorted at every level, and
 * {@code pactSpecification.version} set to the written version (older spellings are dropped so
 * that the file names one version only).
 */
final class MetadataJsonWriter {
  private final SpecVersion version;

  MetadataJsonWriter(SpecVersion version) {
    this.version = version;
  }

  ObjectNode write(Map<String, JsonNode> metadata) {
    ObjectNode node = PactJson.NODES.objectNode();
    metadata.forEach(
        (name, value) -> {
          if (!SpecVersionField.OLD_KEYS.contains(name)) {
            node.set(name, value);
          }
        });
    JsonNode existing = node.get(SpecVersionField.KEY);
    ObjectNode specification =
        existing instanceof ObjectNode object ? object.deepCopy() : PactJson.NODES.objectNode();
    specification.put("version", version.label());
    node.set(SpecVersionField.KEY, specification);
    return (ObjectNode) ContractJsonWriter.sorted(node);
  }
}
