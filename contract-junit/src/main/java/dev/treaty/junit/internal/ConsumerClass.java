package dev.treaty.junit.internal;

import dev.treaty.contract.HttpInteraction;
import dev.treaty.contract.Interaction;
import dev.treaty.contract.MessageInteraction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The state of one consumer test class: its settings, a mock and a message provider per
 * provider, and the contracts it contributes to. Closing it stops the mocks.
 */
final class ConsumerClass implements AutoCloseable {
  private final ConsumerSettings settings;
  private final ContractRegistry registry;
  private final Map<String, PendingContract> contracts = new LinkedHashMap<>();
  private final Map<String, WireMockMockProvider> mocks = new LinkedHashMap<>();
  private final Map<String, RecordingMessageProvider> messages = new LinkedHashMap<>();
  private final Map<String, List<Interaction>> shared;

  private ConsumerClass(ConsumerSettings settings, ContractRegistry registry, Class<?> testClass) {
    this.settings = settings;
    this.registry = registry;
    this.shared = SharedInteractions.read(testClass, settings);
    for (String provider : settings.providers()) {
      contracts.put(provider, registry.open(settings, provider));
    }
    shared.forEach((provider, list) -> list.forEach(i -> declare(provider, i)));
  }

  static ConsumerClass start(ExtensionContext classContext, ContractRegistry registry) {
    ConsumerClass state = new ConsumerClass(
        ConsumerSettings.of(classContext), registry, classContext.getRequiredTestClass());
    try {
      for (String provider : state.settings.providers()) {
        WireMockMockProvider mock = WireMockMockProvider.start(
            state.settings.consumer(), provider, i -> state.declare(provider, i));
        state.mocks.put(provider, mock);
        mock.share(state.shared.get(provider).stream()
            .filter(HttpInteraction.class::isInstance).map(HttpInteraction.class::cast).toList());
        state.messages.put(provider, new RecordingMessageProvider(provider, i -> state.declare(provider, i)));
      }
    } catch (RuntimeException e) {
      state.contracts.values().forEach(c -> registry.fail(c, state.settings.testClass() + " (start-up)"));
      state.close();
      throw e;
    }
    return state;
  }

  ConsumerSettings settings() {
    return settings;
  }

  WireMockMockProvider mock(String provider) {
    return mocks.get(provider);
  }

  RecordingMessageProvider messages(String provider) {
    return messages.get(provider);
  }

  private void declare(String provider, Interaction interaction) {
    registry.checkKind(contracts.get(provider), interaction);
  }

  /** Checks the test that just ended and records its interactions if it passed. */
  void endTest(ExtensionContext testContext) {
    String source = settings.testClass() + "." + testContext.getRequiredTestMethod().getName() + "()";
    List<TestOutcome> outcomes = new ArrayList<>();
    Map<String, List<Interaction>> declared = new LinkedHashMap<>();
    for (String provider : settings.providers()) {
      TestOutcome outcome = mocks.get(provider).endTest();
      outcomes.add(outcome);
      List<Interaction> all = new ArrayList<>(outcome.declared());
      List<MessageInteraction> sent = messages.get(provider).endTest();
      all.addAll(sent);
      declared.put(provider, all);
    }
    Optional<AssertionFailedError> failure = FailureMessages.failure(settings.consumer(), "in " + source, outcomes);
    finish(testContext, source, failure, declared);
  }

  /** Checks that every shared interaction was received, and records them if the class passed. */
  void endClass(ExtensionContext classContext) {
    String source = settings.testClass();
    List<TestOutcome> outcomes = new ArrayList<>();
    mocks.values().forEach(mock -> outcomes.add(mock.endClass()));
    Optional<AssertionFailedError> failure = FailureMessages.failure(
        settings.consumer(), "by any test of " + source, outcomes);
    finish(classContext, source, failure, shared);
  }

  private void finish(ExtensionContext context, String source, Optional<AssertionFailedError> failure,
      Map<String, List<Interaction>> declared) {
    Optional<Throwable> thrown = context.getExecutionException();
    if (thrown.isPresent() && thrown.get() instanceof TestAbortedException && failure.isEmpty()) {
      return;
    }
    if (thrown.isPresent() || failure.isPresent()) {
      contracts.values().forEach(c -> registry.fail(c, source));
    } else {
      try {
        declared.forEach((provider, list) -> registry.record(contracts.get(provider), list, source));
      } catch (IllegalStateException e) {
        contracts.values().forEach(c -> registry.fail(c, source));
        throw e;
      }
    }
    if (failure.isPresent()) {
      throw failure.get();
    }
  }

  @Override
  public void close() {
    mocks.values().forEach(WireMockMockProvider::close);
  }
}
