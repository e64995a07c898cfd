package dev.treaty.verify;

import dev.treaty.contract.Message;
import dev.treaty.contract.ProviderState;
import java.util.List;

/**
 * Produces the actual message the provider would publish for a message interaction, so the
 * verifier can match it against the contract.
 *
 * <p>Provider states are set up by the {@link ProviderStateHandler} before this is called; they are
 * passed here too, for producers that pick the message by state.
 */
@FunctionalInterface
public interface MessageProducer {

  /** The message for the interaction described as {@code description} in {@code states}. */
  Message produce(String description, List<ProviderState> states) throws Exception;
}
