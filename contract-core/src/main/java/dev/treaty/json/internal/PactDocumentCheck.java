package dev.treaty.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.contract.SpecVersion;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a whole pact document: the top-level shape, consumer and provider, the specification
 * version, each interaction, and that no interaction is defined twice.
 */
public final class PactDocumentCheck {
  private final Problems problems;
  private final InteractionCheck interactions;

  public PactDocumentCheck(Problems problems) {
    this.problems = problems;
    this.interactions = new InteractionCheck(problems);
  }

  /** Checks the tree {@code root} (not null) and records every problem found. */
  public void check(JsonNode root) {
    if (!root.isObject()) {
      problems.add("$", "top level is " + Problems.describe(root) + ", expected an object",
          "a pact file is an object: {\"consumer\": {\"name\": ...}, \"provider\": {\"name\": ...}, "
              + "\"interactions\": [...]}");
      return;
    }
    checkParty(root, "consumer");
    checkParty(root, "provider");
    boolean v4 = specVersion(root).filter(v -> v == SpecVersion.V4).isPresent();
    boolean hasInteractions = checkList(root, "interactions", false, v4);
    boolean hasMessages = checkList(root, "messages", true, v4);
    if (!hasInteractions && !hasMessages) {
      problems.missing("$", "interactions",
          "add \"interactions\": [...] (or \"messages\": [...] for a V3 message pact)");
    }
  }

  private void checkParty(JsonNode root, String role) {
    JsonNode party = root.get(role);
    String path = JsonPaths.field("$", role);
    String hint = "add \"" + role + "\": {\"name\": \"my-" + role + "\"}";
    if (party == null) {
      problems.missing("$", role, hint);
    } else if (!party.isObject()) {
      problems.add(path, role + " is " + Problems.describe(party) + ", expected an object", hint);
    } else if (!party.has("name")) {
      problems.missing(path, "name", "add \"name\": \"my-" + role + "\"");
    } else if (!party.get("name").isTextual() || party.get("name").asText().isBlank()) {
      problems.add(JsonPaths.field(path, "name"), role + " name is "
          + Problems.describe(party.get("name")) + ", expected a non-empty string",
          "write \"name\": \"my-" + role + "\"");
    }
  }

  private Optional<SpecVersion> specVersion(JsonNode root) {
    JsonNode metadata = root.path("metadata");
    String path = "$.metadata.pactSpecification.version";
    JsonNode version = metadata.path("pactSpecification").path("version");
    if (version.isMissingNode()) {
      path = "$.metadata['pact-specification'].version";
      version = metadata.path("pact-specification").path("version");
    }
    if (version.isMissingNode()) {
      path = "$.metadata.pactSpecificationVersion";
      version = metadata.path("pactSpecificationVersion");
    }
    if (version.isMissingNode()) {
      return Optional.empty();
    }
    Optional<SpecVersion> parsed =
        version.isTextual() ? SpecVersion.parse(version.asText()) : Optional.empty();
    if (parsed.isEmpty()) {
      problems.add(path, "unknown pact specification version " + Problems.describe(version),
          "use one of \"1.0.0\", \"1.1.0\", \"2.0.0\", \"3.0.0\", \"4.0\"");
    }
    return parsed;
  }

  private boolean checkList(JsonNode root, String field, boolean messages, boolean v4) {
    JsonNode list = root.get(field);
    if (list == null) {
      return false;
    }
    String path = JsonPaths.field("$", field);
    if (!list.isArray()) {
      problems.add(path, field + " is " + Problems.describe(list) + ", expected an array",
          "write \"" + field + "\": [ ... ]");
      return true;
    }
    Map<String, String> seen = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      String itemPath = JsonPaths.index(path, i);
      interactions.check(list.get(i), itemPath, messages, v4);
      checkDuplicate(list.get(i), itemPath, seen);
    }
    return true;
  }

  private void checkDuplicate(JsonNode interaction, String path, Map<String, String> seen) {
    JsonNode description = interaction.path("description");
    if (!description.isTextual()) {
      return;
    }
    String states = interaction.has("providerStates")
        ? interaction.get("providerStates").toString()
        : interaction.path("providerState").toString();
    String first = seen.putIfAbsent(description.asText() + "\u0000" + states, path);
    if (first != null) {
      problems.add(JsonPaths.field(path, "description"), "duplicate interaction " + description
          + " with the same provider states as " + first,
          "give each interaction a unique description or different provider states");
    }
  }
}
