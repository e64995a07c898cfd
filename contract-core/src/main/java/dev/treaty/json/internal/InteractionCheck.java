package dev.treaty.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Checks one interaction or message: description, provider states, the V4 type, and then the parts
 * that its type requires (request and response, or message contents).
 */
final class InteractionCheck {
  static final String HTTP = "Synchronous/HTTP";
  static final String ASYNC_MESSAGE = "Asynchronous/Messages";
  static final String SYNC_MESSAGE = "Synchronous/Messages";
  private static final List<String> TYPES = List.of(HTTP, ASYNC_MESSAGE, SYNC_MESSAGE);

  private final Problems problems;
  private final MatchingRulesCheck rules;
  private final HttpPartsCheck http;

  InteractionCheck(Problems problems) {
    this.problems = problems;
    this.rules = new MatchingRulesCheck(problems);
    this.http = new HttpPartsCheck(problems, rules);
  }

  /**
   * Checks the interaction at {@code path}; {@code message} when it comes from a V3 {@code
   * messages} array, {@code v4} when the file is a V4 pact (which requires {@code type}).
   */
  void check(JsonNode interaction, String path, boolean message, boolean v4) {
    if (!interaction.isObject()) {
      problems.add(path, "interaction is " + Problems.describe(interaction) + ", expected an object",
          "write each interaction as {\"description\": ..., \"request\": ..., \"response\": ...}");
      return;
    }
    checkDescription(interaction.get("description"), path);
    checkProviderStates(interaction, path);
    String type = message ? ASYNC_MESSAGE : type(interaction, path, v4);
    if (type == null) {
      return;
    }
    switch (type) {
      case HTTP -> {
        http.checkRequest(interaction, path);
        http.checkResponse(interaction, path);
      }
      case ASYNC_MESSAGE -> checkMessage(interaction, path);
      default -> checkSynchronousMessage(interaction, path);
    }
  }

  private String type(JsonNode interaction, String path, boolean v4) {
    JsonNode type = interaction.get("type");
    if (type == null) {
      if (v4) {
        problems.missing(path, "type", "add \"type\": \"" + HTTP + "\" (or " + ASYNC_MESSAGE + ", "
            + SYNC_MESSAGE + ")");
        return null;
      }
      return HTTP;
    }
    if (!type.isTextual() || !TYPES.contains(type.asText())) {
      problems.add(JsonPaths.field(path, "type"), "unknown interaction type " + Problems.describe(type),
          "use one of " + String.join(", ", TYPES));
      return null;
    }
    return type.asText();
  }

  private void checkDescription(JsonNode description, String path) {
    if (description == null) {
      problems.missing(path, "description", "add \"description\": \"a request for order 42\"");
    } else if (!description.isTextual() || description.asText().isBlank()) {
      problems.add(JsonPaths.field(path, "description"), "description is "
          + Problems.describe(description) + ", expected a non-empty string",
          "describe the interaction, e.g. \"a request for order 42\"");
    }
  }

  private void checkProviderStates(JsonNode interaction, String path) {
    JsonNode legacy = interaction.get("providerState");
    if (legacy != null && !legacy.isTextual() && !legacy.isNull()) {
      problems.add(JsonPaths.field(path, "providerState"), "providerState is "
          + Problems.describe(legacy) + ", expected a string", "write \"providerState\": \"order 42 exists\"");
    }
    JsonNode states = interaction.get("providerStates");
    if (states == null) {
      return;
    }
    String statesPath = JsonPaths.field(path, "providerStates");
    if (!states.isArray()) {
      problems.add(statesPath, "providerStates is " + Problems.describe(states) + ", expected an array",
          "write \"providerStates\": [{\"name\": \"order 42 exists\"}]");
      return;
    }
    for (int i = 0; i < states.size(); i++) {
      checkProviderState(states.get(i), JsonPaths.index(statesPath, i));
    }
  }

  private void checkProviderState(JsonNode state, String path) {
    JsonNode name = state.get("name");
    if (!state.isObject() || name == null || !name.isTextual()) {
      problems.add(JsonPaths.field(path, "name"), "provider state name is "
          + Problems.describe(name) + ", expected a string", "write {\"name\": \"order 42 exists\"}");
      return;
    }
    JsonNode params = state.get("params");
    if (params != null && !params.isObject() && !params.isNull()) {
      problems.add(JsonPaths.field(path, "params"), "params is " + Problems.describe(params)
          + ", expected an object", "write \"params\": {\"id\": 42}");
    }
  }

  private void checkMessage(JsonNode message, String path) {
    if (!message.has("contents")) {
      problems.missing(path, "contents", "add \"contents\" with the message body (null for none)");
    }
    JsonNode metadata = message.has("metadata") ? message.get("metadata") : message.get("metaData");
    if (metadata != null && !metadata.isObject() && !metadata.isNull()) {
      String field = message.has("metadata") ? "metadata" : "metaData";
      problems.add(JsonPaths.field(path, field), field + " is " + Problems.describe(metadata)
          + ", expected an object", "write \"" + field + "\": {\"contentType\": \"application/json\"}");
    }
    if (message.has("matchingRules")) {
      rules.check(message.get("matchingRules"), JsonPaths.field(path, "matchingRules"));
    }
  }

  private void checkSynchronousMessage(JsonNode interaction, String path) {
    JsonNode request = interaction.get("request");
    if (request == null || !request.isObject()) {
      problems.add(JsonPaths.field(path, "request"), "request is " + Problems.describe(request)
          + ", expected an object", "add \"request\": {\"contents\": ...}");
    } else {
      checkMessage(request, JsonPaths.field(path, "request"));
    }
    JsonNode responses = interaction.get("response");
    if (responses == null || !responses.isArray()) {
      problems.add(JsonPaths.field(path, "response"), "response is " + Problems.describe(responses)
          + ", expected an array", "add \"response\": [{\"contents\": ...}]");
      return;
    }
    for (int i = 0; i < responses.size(); i++) {
      checkMessage(responses.get(i), JsonPaths.index(JsonPaths.field(path, "response"), i));
    }
  }
}
