package dev.treaty.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A contract between one consumer and one provider: the interactions the consumer relies on.
 *
 * <p>{@code metadata} holds the pact file's {@code metadata} section as read (spec version, the
 * tool that wrote it, plugins); {@code extensions} holds any other top-level fields. Both are kept
 * so that writing the contract back loses nothing.
 */
public record Contract(
    String consumer,
    String provider,
    List<Interaction> interactions,
    SpecVersion specVersion,
    Map<String, JsonNode> metadata,
    Map<String, JsonNode> extensions) {

  public Contract {
    Objects.requireNonNull(consumer, "consumer");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(specVersion, "specVersion");
    interactions = List.copyOf(interactions);
    metadata = metadata == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    extensions =
        extensions == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
  }

  /** A contract with no metadata or extensions. */
  public static Contract of(
      String consumer, String provider, SpecVersion specVersion, List<Interaction> interactions) {
    return new Contract(consumer, provider, interactions, specVersion, Map.of(), Map.of());
  }

  /** The HTTP interactions, in order. */
  public List<HttpInteraction> httpInteractions() {
    return interactions.stream()
        .filter(HttpInteraction.class::isInstance)
        .map(HttpInteraction.class::cast)
        .toList();
  }

  /** The message interactions, in order. */
  public List<MessageInteraction> messageInteractions() {
    return interactions.stream()
        .filter(MessageInteraction.class::isInstance)
        .map(MessageInteraction.class::cast)
        .toList();
  }
}
