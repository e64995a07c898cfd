package dev.treaty.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.contract.SpecVersion;
import dev.treaty.json.SpecVersionField;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds the spec version of a pact file from its metadata ({@link SpecVersionField}) or, when
 * there is none (or it names no version Treaty knows, which is reported), from the shape of its
 * interactions.
 */
final class SpecVersionDetector {
  private static final SpecVersion[] VERSIONS = SpecVersion.values();
  private static final String RANGE =
      VERSIONS[0].label() + " to " + VERSIONS[VERSIONS.length - 1].label();
  private static final String HINT = "use one of " + Arrays.stream(VERSIONS)
      .map(v -> "\"" + v.label() + "\"").collect(Collectors.joining(", "));

  private SpecVersionDetector() {}

  static SpecVersion detect(ObjectNode root, Problems problems) {
    Optional<SpecVersionField.Found> found = SpecVersionField.find(root.path("metadata"));
    if (found.isEmpty()) {
      return infer(root);
    }
    JsonNode label = found.get().value();
    String path = found.get().jsonPath();
    Optional<SpecVersion> version = label.isTextual() || label.isNumber()
        ? SpecVersion.parse(label.asText())
        : Optional.empty();
    String unknown = "unknown pact specification version " + Problems.describe(label);
    if (version.isPresent() || label.isNull()) {
      if (!label.isTextual()) {
        problems.note(path, unknown, HINT);
      }
      return version.orElseGet(() -> infer(root));
    }
    problems.reject(path, "expected a Pact specification version from " + RANGE + ", got "
        + ReadContext.describe(label), unknown, HINT);
    return infer(root);
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
