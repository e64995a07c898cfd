package dev.treaty.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A message the provider publishes and the consumer handles ({@code Asynchronous/Messages}). */
public record MessageInteraction(
    String description,
    List<ProviderState> providerStates,
    Message message,
    Map<String, JsonNode> extensions)
    implements Interaction {

  public static final String TYPE = "Asynchronous/Messages";

  public MessageInteraction {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(message, "message");
    providerStates = providerStates == null ? List.of() : List.copyOf(providerStates);
    extensions =
        extensions == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
  }

  @Override
  public String type() {
    return TYPE;
  }
}
