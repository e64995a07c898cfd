package dev.treaty.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One expectation of a contract: an HTTP request/response pair, an asynchronous message, or an
 * interaction of another V4 type that Treaty keeps but does not interpret.
 */
public sealed interface Interaction
    permits HttpInteraction, MessageInteraction, OtherInteraction {

  /** The human description, unique within a contract together with the provider states. */
  String description();

  /** The states the provider must be in, in order; empty when none. */
  List<ProviderState> providerStates();

  /**
   * Fields of the interaction that Treaty does not model ({@code key}, {@code pending}, {@code
   * comments}, {@code pluginConfiguration}, {@code interactionMarkup}, ...), kept as read so that
   * writing the contract back loses nothing.
   */
  Map<String, JsonNode> extensions();

  /** The V4 interaction type name, such as {@code "Synchronous/HTTP"}. */
  String type();
}
