package dev.treaty.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A request the consumer sends and the response it expects ({@code Synchronous/HTTP}). */
public record HttpInteraction(
    String description,
    List<ProviderState> providerStates,
    HttpRequest request,
    HttpResponse response,
    Map<String, JsonNode> extensions)
    implements Interaction {

  public static final String TYPE = "Synchronous/HTTP";

  public HttpInteraction {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(response, "response");
    providerStates = providerStates == null ? List.of() : List.copyOf(providerStates);
    extensions =
        extensions == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
  }

  @Override
  public String type() {
    return TYPE;
  }
}
