package dev.treaty.junit.provider;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a {@link TreatyProviderTest} class that produces the actual message for a
 * message interaction, so it can be matched against the contract.
 *
 * <pre>{@code
 * @ProducesMessage("an order shipped event")
 * Message orderShipped() {
 *   return Message.of(Body.json(mapper.valueToTree(events.orderShipped(order))));
 * }
 * }</pre>
 *
 * <p>The method runs after the interaction's provider states are set up. It may be private and
 * static, takes no parameters or a {@code List<ProviderState>}, and returns a {@code
 * dev.treaty.contract.Message} (contents and metadata), or any other value, which is written as the
 * JSON contents of a message without metadata. A message interaction without a producer method
 * fails, naming the method to add.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ProducesMessage {

  /** The descriptions of the message interactions this method produces, as in the contracts. */
  String[] value();
}
