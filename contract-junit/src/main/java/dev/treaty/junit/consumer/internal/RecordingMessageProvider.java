package dev.treaty.junit.consumer.internal;

import dev.treaty.contract.Interaction;
import dev.treaty.contract.MessageInteraction;
import dev.treaty.junit.consumer.ExampleMessage;
import dev.treaty.junit.consumer.MessageProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The message provider of one test class: it hands out examples and remembers what was declared. */
final class RecordingMessageProvider implements MessageProvider {
  private final String provider;
  private final Consumer<Interaction> onDeclare;
  private final List<MessageInteraction> declared = new ArrayList<>();

  RecordingMessageProvider(String provider, Consumer<Interaction> onDeclare) {
    this.provider = provider;
    this.onDeclare = onDeclare;
  }

  @Override
  public String provider() {
    return provider;
  }

  @Override
  public synchronized ExampleMessage expect(MessageInteraction message) {
    onDeclare.accept(message);
    declared.add(message);
    return new ExampleMessage(message.message());
  }

  /** The messages declared since the last call. */
  synchronized List<MessageInteraction> endTest() {
    List<MessageInteraction> out = List.copyOf(declared);
    declared.clear();
    return out;
  }

  @Override
  public String toString() {
    return "MessageProvider[" + provider + "]";
  }
}
