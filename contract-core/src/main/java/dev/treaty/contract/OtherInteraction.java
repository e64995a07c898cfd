package dev.treaty.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A V4 interaction of a type Treaty does not interpret (such as {@code Synchronous/Messages} or a
 * plugin's), kept whole so that a contract round-trips without loss. It is never verified.
 */
public record OtherInteraction(
    String type, String description, List<ProviderState> providerStates, ObjectNode raw)
    implements Interaction {

  public OtherInteraction {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(raw, "raw");
    providerStates = providerStates == null ? List.of() : List.copyOf(providerStates);
  }

  @Override
  public Map<String, JsonNode> extensions() {
    return Map.of();
  }
}
