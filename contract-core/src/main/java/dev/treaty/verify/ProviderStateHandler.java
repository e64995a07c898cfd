package dev.treaty.verify;

import dev.treaty.contract.ProviderState;
import java.util.Map;

/**
 * Puts the provider into a state before an interaction is replayed, and takes it out afterwards.
 *
 * <p>{@link #setUp} may return values (such as the id of a created order); they are used by the
 * interaction's {@code ProviderState} generators, so {@code /orders/${id}} becomes {@code
 * /orders/42}. Values returned by earlier states of the same interaction are visible to later ones'
 * generators, after the states' own params. An exception from {@code setUp} turns the interaction
 * into an {@link Outcome#ERROR} that names the state; the request is not sent.
 */
public interface ProviderStateHandler {

  /**
   * Sets up {@code state} (its name and params) and returns values for generators (or an empty
   * map).
   */
  Map<String, Object> setUp(ProviderState state) throws Exception;

  /** Tears {@code state} down after the interaction; the default does nothing. */
  default void tearDown(ProviderState state) throws Exception {}
}
