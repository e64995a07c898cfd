package dev.treaty.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.contract.HttpInteraction;
import dev.treaty.contract.Interaction;
import dev.treaty.contract.MessageInteraction;
import dev.treaty.contract.OtherInteraction;
import dev.treaty.contract.ProviderState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads one interaction (HTTP, message or another V4 type) with its provider states and extra fields. */
final class InteractionJsonReader {
  private static final Set<String> COMMON = Set.of("type", "description", "providerState", "providerStates");
  private static final Set<String> HTTP = Set.of("request", "response");

  private final ReadContext context;
  private final HttpJsonReader http;
  private final MessageJsonReader messages;

  InteractionJsonReader(ReadContext context) {
    this.context = context;
    this.http = new HttpJsonReader(context);
    this.messages = new MessageJsonReader(context);
  }

  /** A V4 interaction, dispatched on its {@code type}. */
  Interaction typed(JsonNode node, String path) {
    ObjectNode object = context.object(node, path);
    String type = context.requiredText(object, "type", path);
    return switch (type) {
      case HttpInteraction.TYPE -> http(object, path);
      case MessageInteraction.TYPE -> message(object, path);
      default -> new OtherInteraction(
          type, description(object, path), providerStates(object, path), object.deepCopy());
    };
  }

  HttpInteraction http(JsonNode node, String path) {
    ObjectNode object = context.object(node, path);
    return new HttpInteraction(
        description(object, path),
        providerStates(object, path),
        http.request(object.get("request"), JsonPaths.field(path, "request")),
        http.response(object.get("response"), JsonPaths.field(path, "response")),
        extensions(object, HTTP));
  }

  MessageInteraction message(JsonNode node, String path) {
    ObjectNode object = context.object(node, path);
    return new MessageInteraction(
        description(object, path),
        providerStates(object, path),
        messages.message(object, path),
        extensions(object, Set.copyOf(MessageJsonReader.FIELDS)));
  }

  private String description(ObjectNode object, String path) {
    return context.requiredText(object, "description", path);
  }

  private List<ProviderState> providerStates(ObjectNode object, String path) {
    List<ProviderState> states = new ArrayList<>();
    JsonNode list = object.get("providerStates");
    String listPath = JsonPaths.field(path, "providerStates");
    if (list != null && !list.isNull()) {
      if (!list.isArray()) {
        throw context.unexpected(listPath, "a list of provider states", list);
      }
      for (int i = 0; i < list.size(); i++) {
        states.add(providerState(list.get(i), JsonPaths.index(listPath, i)));
      }
    }
    String single = context.optionalText(object, "providerState", path);
    if (single != null && states.isEmpty()) {
      states.add(ProviderState.of(single));
    }
    return states;
  }

  private ProviderState providerState(JsonNode node, String path) {
    if (node.isTextual()) {
      return ProviderState.of(node.textValue());
    }
    ObjectNode state = context.object(node, path);
    String name = context.requiredText(state, "name", path);
    JsonNode params = state.get("params");
    Map<String, JsonNode> map = new LinkedHashMap<>();
    if (params != null && !params.isNull()) {
      context.object(params, JsonPaths.field(path, "params")).fields()
          .forEachRemaining(entry -> map.put(entry.getKey(), entry.getValue()));
    }
    return new ProviderState(name, map);
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
