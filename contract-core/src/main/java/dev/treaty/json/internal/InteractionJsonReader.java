package dev.treaty.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.contract.HttpInteraction;
import dev.treaty.contract.HttpRequest;
import dev.treaty.contract.HttpResponse;
import dev.treaty.contract.Interaction;
import dev.treaty.contract.Message;
import dev.treaty.contract.MessageInteraction;
import dev.treaty.contract.OtherInteraction;
import dev.treaty.contract.ProviderState;
import dev.treaty.contract.SpecVersion;
import dev.treaty.path.internal.JsonPaths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads one interaction (HTTP, message or another V4 type) with its provider states and extra fields. */
final class InteractionJsonReader {
  static final String SYNC_MESSAGE = "Synchronous/Messages";
  private static final List<String> TYPES = List.of(HttpInteraction.TYPE, MessageInteraction.TYPE, SYNC_MESSAGE);
  private static final Set<String> COMMON = Set.of("type", "description", "providerState", "providerStates");
  private static final Set<String> HTTP = Set.of("request", "response");
  private static final String TYPES_HINT = "use one of " + String.join(", ", TYPES);
  private static final Wording INTERACTION = Wording.of("interaction is", "an object",
      "write each interaction as {\"description\": ..., \"request\": ..., \"response\": ...}");
  private static final Wording TYPE = Wording.of("type is", "a string",
      "add \"type\": \"" + HttpInteraction.TYPE + "\" (or " + MessageInteraction.TYPE + ", " + SYNC_MESSAGE + ")");
  private static final Wording DESCRIPTION = new Wording("description is", "a non-empty string",
      "add \"description\": \"a request for order 42\"", "describe the interaction, e.g. \"a request for order 42\"");
  private static final Wording LEGACY_STATE =
      Wording.of("providerState is", "a string", "write \"providerState\": \"order 42 exists\"");
  private static final Wording PARAMS = Wording.of("params is", "an object", "write \"params\": {\"id\": 42}");
  private static final String STATES_HINT = "write \"providerStates\": [{\"name\": \"order 42 exists\"}]";
  private static final String STATE_HINT = "write {\"name\": \"order 42 exists\"}";

  private final ReadContext context;
  private final Problems problems;
  private final HttpJsonReader http;
  private final MessageJsonReader messages;

  InteractionJsonReader(ReadContext context) {
    this.context = context;
    this.problems = context.problems();
    this.http = new HttpJsonReader(context);
    this.messages = new MessageJsonReader(context);
  }

  /** A V4 interaction, dispatched on its {@code type}; null when refused. */
  Interaction typed(JsonNode node, String path) {
    ObjectNode object = context.object(node, path, INTERACTION);
    if (object == null) {
      return null;
    }
    String type = type(object, path);
    if (type == null) {
      description(object, path);
      providerStates(object, path);
      return null;
    }
    return switch (type) {
      case HttpInteraction.TYPE -> http(object, path);
      case MessageInteraction.TYPE -> message(object, path);
      default -> other(type, object, path);
    };
  }

  private String type(ObjectNode object, String path) {
    JsonNode type = object.get("type");
    if (type == null || type.isTextual()) {
      return context.requiredText(object, "type", path, TYPE);
    }
    problems.reject(JsonPaths.field(path, "type"), ReadContext.expected("a string", type),
        unknownType(type), TYPES_HINT);
    return null;
  }

  private static String unknownType(JsonNode type) {
    return "unknown interaction type " + Problems.describe(type);
  }

  HttpInteraction http(JsonNode node, String path) {
    ObjectNode object = context.object(node, path, INTERACTION);
    if (object == null) {
      return null;
    }
    if (context.version() != SpecVersion.V4 && object.has("type")) {
      noteUnknownType(object.get("type"), path);
    }
    String description = description(object, path);
    List<ProviderState> states = providerStates(object, path);
    HttpRequest request = http.request(object.get("request"), JsonPaths.field(path, "request"));
    HttpResponse response = http.response(object.get("response"), JsonPaths.field(path, "response"));
    if (description == null || request == null || response == null) {
      return null;
    }
    return new HttpInteraction(description, states, request, response, extensions(object, HTTP));
  }

  MessageInteraction message(JsonNode node, String path) {
    ObjectNode object = context.object(node, path, INTERACTION);
    if (object == null) {
      return null;
    }
    String description = description(object, path);
    List<ProviderState> states = providerStates(object, path);
    Message message = messages.message(object, path);
    if (description == null || message == null) {
      return null;
    }
    return new MessageInteraction(
        description, states, message, extensions(object, Set.copyOf(MessageJsonReader.FIELDS)));
  }

  private Interaction other(String type, ObjectNode object, String path) {
    noteUnknownType(object.get("type"), path);
    String description = description(object, path);
    List<ProviderState> states = providerStates(object, path);
    if (type.equals(SYNC_MESSAGE)) {
      checkSynchronousMessage(object, path);
    }
    return description == null ? null : new OtherInteraction(type, description, states, object.deepCopy());
  }

  private void noteUnknownType(JsonNode type, String path) {
    if (!type.isTextual() || !TYPES.contains(type.asText())) {
      problems.note(JsonPaths.field(path, "type"), unknownType(type), TYPES_HINT);
    }
  }

  /**
   * The reader keeps a synchronous message as raw JSON; the validator still checks its request and
   * responses as messages.
   */
  private void checkSynchronousMessage(ObjectNode interaction, String path) {
    JsonNode request = interaction.get("request");
    String requestPath = JsonPaths.field(path, "request");
    if (request == null || !request.isObject()) {
      problems.note(requestPath, "request is " + Problems.describe(request) + ", expected an object",
          "add \"request\": {\"contents\": ...}");
    } else {
      problems.lenient(() -> messages.message(request, requestPath));
    }
    JsonNode responses = interaction.get("response");
    String responsesPath = JsonPaths.field(path, "response");
    if (responses == null || !responses.isArray()) {
      problems.note(responsesPath, "response is " + Problems.describe(responses) + ", expected an array",
          "add \"response\": [{\"contents\": ...}]");
      return;
    }
    for (int i = 0; i < responses.size(); i++) {
      JsonNode response = responses.get(i);
      String responsePath = JsonPaths.index(responsesPath, i);
      problems.lenient(() -> messages.message(response, responsePath));
    }
  }

  private String description(ObjectNode object, String path) {
    String description = context.requiredText(object, "description", path, DESCRIPTION);
    if (description != null && description.isBlank()) {
      problems.note(JsonPaths.field(path, "description"), DESCRIPTION.wrong(object.get("description")),
          DESCRIPTION.wrongHint());
    }
    return description;
  }

  private List<ProviderState> providerStates(ObjectNode object, String path) {
    List<ProviderState> states = new ArrayList<>();
    JsonNode list = object.get("providerStates");
    String listPath = JsonPaths.field(path, "providerStates");
    if (list != null && !list.isArray()) {
      String message = "providerStates is " + Problems.describe(list) + ", expected an array";
      String refusal = list.isNull() ? null : ReadContext.expected("a list of provider states", list);
      problems.found(listPath, refusal, message, STATES_HINT);
    } else if (list != null) {
      for (int i = 0; i < list.size(); i++) {
        ProviderState state = providerState(list.get(i), JsonPaths.index(listPath, i));
        if (state != null) {
          states.add(state);
        }
      }
    }
    String single = context.optionalText(object, "providerState", path, LEGACY_STATE);
    if (single != null && states.isEmpty()) {
      states.add(ProviderState.of(single));
    }
    return states;
  }

  private ProviderState providerState(JsonNode node, String path) {
    String namePath = JsonPaths.field(path, "name");
    JsonNode name = node.get("name");
    String message = "provider state name is " + Problems.describe(name) + ", expected a string";
    if (node.isTextual()) {
      problems.note(namePath, message, STATE_HINT);
      return ProviderState.of(node.textValue());
    }
    if (!node.isObject()) {
      problems.reject(path, ReadContext.expected("an object", node), namePath, message, STATE_HINT);
      return null;
    }
    if (name == null || !name.isTextual()) {
      problems.reject(namePath, ReadContext.expected("a string", name), message, STATE_HINT);
      return null;
    }
    JsonNode params = node.get("params");
    Map<String, JsonNode> map = new LinkedHashMap<>();
    if (params != null && !params.isNull()) {
      ObjectNode object = context.object(params, JsonPaths.field(path, "params"), PARAMS);
      if (object != null) {
        object.fields().forEachRemaining(entry -> map.put(entry.getKey(), entry.getValue()));
      }
    }
    return new ProviderState(name.textValue(), map);
  }

  private static Map<String, JsonNode> extensions(ObjectNode object, Set<String> consumed) {
    Map<String, JsonNode> extensions = new LinkedHashMap<>();
    object.fields().forEachRemaining(
        entry -> {
          String name = entry.getKey();
          if (!COMMON.contains(name) && !consumed.contains(name)) {
            extensions.put(name, entry.getValue());
          }
        });
    return extensions;
  }
}
