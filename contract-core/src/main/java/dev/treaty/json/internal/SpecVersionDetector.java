package dev.treaty.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.contract.SpecVersion;
import dev.treaty.json.ContractParseException;

/**
 * Finds the spec version of a pact file from its metadata (three spellings are in use) or, when
 * there is none, from the shape of its interactions.
 */
final class SpecVersionDetector {
  private final String source;

  SpecVersionDetector(String source) {
    this.source = source;
  }

  SpecVersion detect(ObjectNode root) {
    JsonNode metadata = root.path("metadata");
    JsonNode specification = metadata.path("pactSpecification");
    JsonNode found = specification.isTextual() ? specification : specification.path("version");
    String where = specification.isTextual()
        ? "$.metadata.pactSpecification"
        : "$.metadata.pactSpecification.version";
    if (found.isMissingNode()) {
      found = metadata.path("pact-specification").path("version");
      where = "$.metadata['pact-specification'].version";
    }
    if (found.isMissingNode()) {
      found = metadata.path("pactSpecificationVersion");
      where = "$.metadata.pactSpecificationVersion";
    }
    JsonNode label = found;
    String path = where;
    if (label.isMissingNode() || label.isNull()) {
      return infer(root);
    }
    String text = label.isTextual() || label.isNumber() ? label.asText() : null;
    return SpecVersion.parse(text).orElseThrow(() -> unsupported(path, label));
  }

  private ContractParseException unsupported(String path, JsonNode label) {
    return new ContractParseException(source, path,
        "expected a Pact specification version from 1.0.0 to 4.0, got " + ReadContext.describe(label));
  }

  private static SpecVersion infer(ObjectNode root) {
    JsonNode interactions = root.path("interactions");
    for (JsonNode interaction : interactions) {
      if (interaction.has("type")) {
        return SpecVersion.V4;
      }
    }
    if (root.has("messages")) {
      return SpecVersion.V3;
    }
    for (JsonNode interaction : interactions) {
      if (isCategorised(interaction.path("request").path("matchingRules"))
          || isCategorised(interaction.path("response").path("matchingRules"))) {
        return SpecVersion.V3;
      }
    }
    return SpecVersion.V2;
  }

  private static boolean isCategorised(JsonNode rules) {
    if (!rules.isObject() || rules.isEmpty()) {
      return false;
    }
    return !rules.fieldNames().next().startsWith("$");
  }
}
