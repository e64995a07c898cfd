package dev.treaty.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A state the provider must be in before an interaction is replayed, such as {@code "order 42
 * exists"}, with optional parameters ({@code {"id": 42}}).
 *
 * <p>Parameter values are JSON trees; treat them as read-only.
 */
public record ProviderState(String name, Map<String, JsonNode> params) {

  public ProviderState {
    Objects.requireNonNull(name, "name");
    params = params == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }

  /** A state without parameters. */
  public static ProviderState of(String name) {
    return new ProviderState(name, Map.of());
  }
}
