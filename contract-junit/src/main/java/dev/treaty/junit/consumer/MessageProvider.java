package dev.treaty.junit.consumer;

import dev.treaty.contract.MessageInteraction;
import dev.treaty.dsl.MessageInteractionBuilder;

/**
 * The source of expected messages from one provider in a consumer test, injected as a test
 * parameter. The test declares the message it expects and hands the example to its real handler:
 *
 * <pre>{@code
 * @Test
 * void handlesOrderCreated(MessageProvider events) {
 *   ExampleMessage created = events.expect(message("order created")
 *       .contents(json(o -> o.integerType("orderId", 42))));
 *   handler.handle(created.text());
 * }
 * }</pre>
 *
 * <p>When the test passes, the message becomes an asynchronous-message interaction of the contract.
 */
public interface MessageProvider {

  /** The name of the provider that publishes the messages. */
  String provider();

  /** Declares a message for the current test and returns its example. */
  ExampleMessage expect(MessageInteraction message);

  /** Builds {@code message}, declares it and returns its example. */
  default ExampleMessage expect(MessageInteractionBuilder message) {
    return expect(message.build());
  }
}
