package dev.treaty.pact;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.contract.Interaction;
import dev.treaty.contract.ProviderState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What makes two interactions of one contract the same interaction: the description and the
 * provider states (names and parameters, in order). Merging pacts replaces an interaction with
 * the same key; a contract may not declare two different interactions under one key.
 *
 * <p>A V2 {@code "providerState": "x"} and a V3 {@code "providerStates": [{"name": "x"}]} give
 * the same key, as do absent and empty {@code params}.
 */
public record InteractionKey(String description, List<ProviderState> providerStates) {
  public InteractionKey {
    Objects.requireNonNull(description, "description");
    providerStates = List.copyOf(providerStates);
  }

  /** The key of a modelled interaction. */
  public static InteractionKey of(Interaction interaction) {
    return new InteractionKey(interaction.description(), interaction.providerStates());
  }

  /**
   * The key of an interaction as Pact JSON: {@code description}, then {@code providerStates}
   * (strings or {@code {name, params}} objects) or, when that is absent or empty, the V2
   * {@code providerState}. Never fails: what is missing or malformed counts as empty.
   */
  public static InteractionKey of(JsonNode interaction) {
    List<ProviderState> states = new ArrayList<>();
    for (JsonNode state : interaction.path("providerStates")) {
      states.add(state.isTextual() ? ProviderState.of(state.textValue()) : state(state));
    }
    JsonNode single = interaction.path("providerState");
    if (states.isEmpty() && single.isTextual()) {
      states.add(ProviderState.of(single.textValue()));
    }
    return new InteractionKey(interaction.path("description").asText(), states);
  }

  private static ProviderState state(JsonNode state) {
    Map<String, JsonNode> params = new LinkedHashMap<>();
    state.path("params").fields().forEachRemaining(field -> params.put(field.getKey(), field.getValue()));
    return new ProviderState(state.path("name").asText(), params);
  }

  /** For messages: {@code "get order" (given order 42 exists and stock is low)}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("\"").append(description).append('"');
    if (!providerStates.isEmpty()) {
      List<String> names = providerStates.stream().map(ProviderState::name).toList();
      text.append(" (given ").append(String.join(" and ", names)).append(')');
    }
    return text.toString();
  }
}
