package dev.treaty.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A generator from a contract's {@code generators}: a value produced at replay time instead of the
 * example, such as {@code ProviderState} ({@code expression: "${id}"}), {@code MockServerURL},
 * {@code RandomInt} or {@code Uuid}. The type and its attributes are kept as read.
 */
public record Generator(String type, Map<String, JsonNode> attributes) {

  public Generator {
    Objects.requireNonNull(type, "type");
    attributes =
        attributes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }
}
