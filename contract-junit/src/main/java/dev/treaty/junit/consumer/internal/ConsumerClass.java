package dev.treaty.junit.consumer.internal;

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
 *
 * <p>Also a {@code CloseableResource} (deprecated since JUnit 5.13): JUnit 5.12 and older, and runs
 * with {@code junit.jupiter.extensions.store.close.autocloseable.enabled=false}, close only those;
 * newer JUnit closes it once, as an {@code AutoCloseable}.
 */
@SuppressWarnings("deprecation")
final class ConsumerClass implements AutoCloseable, ExtensionContext.Store.CloseableResource {
  private final ConsumerSettings settings;
  private final ContractRegistry registry;
  private final Map<String, PendingContract> contracts = new LinkedHashMap<>();
  private final Map<String, WireMockMockProvider> mocks = new LinkedHashMap<>();
  private final Map<String, RecordingMessageProvider> messages = new LinkedHashMap<>();
  private final Map<String, List<Interaction>> shared;
  private String running;

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
        state.messages.put(provider, new RecordingMessageProvider(provider, i -> state.declare(provider, i)));
        if (!state.sharedHttp(provider).isEmpty()) {
          state.mock(provider);
        }
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

  /**
   * The mock of {@code provider}, started on first use (class start when it has shared HTTP
   * interactions, else the first parameter that needs it), so message-only classes start no server.
   */
  synchronized WireMockMockProvider mock(String provider) {
    WireMockMockProvider mock = mocks.get(provider);
    if (mock == null) {
      mock = WireMockMockProvider.start(settings.consumer(), provider, i -> declare(provider, i));
      mock.share(sharedHttp(provider));
      mocks.put(provider, mock);
    }
    return mock;
  }

  private List<HttpInteraction> sharedHttp(String provider) {
    return shared.get(provider).stream()
        .filter(HttpInteraction.class::isInstance).map(HttpInteraction.class::cast).toList();
  }

  RecordingMessageProvider messages(String provider) {
    return messages.get(provider);
  }

  private void declare(String provider, Interaction interaction) {
    registry.checkKind(contracts.get(provider), interaction);
  }

  /**
   * Notes that a test starts; fails if another test of the class is still running, because tests
   * that share a mock cannot tell whose requests are whose.
   */
  void startTest(ExtensionContext testContext) {
    String source = source(testContext);
    String other;
    synchronized (this) {
      other = running;
      running = other == null ? source : other;
    }
    if (other != null) {
      throw new org.junit.jupiter.api.extension.ExtensionConfigurationException(source + " started while "
          + other + " was running, but tests of " + settings.testClass() + " share one mock provider;"
          + " remove @Execution(CONCURRENT) from the class and its methods (classes may still run in parallel)");
    }
  }

  /** Checks the test that just ended and records its interactions if it passed. */
  void endTest(ExtensionContext testContext) {
    String source = source(testContext);
    synchronized (this) {
      if (source.equals(running)) {
        running = null;
      }
    }
    List<TestOutcome> outcomes = new ArrayList<>();
    Map<String, List<Interaction>> declared = new LinkedHashMap<>();
    for (String provider : settings.providers()) {
      List<Interaction> all = new ArrayList<>();
      WireMockMockProvider mock = startedMock(provider);
      if (mock != null) {
        TestOutcome outcome = mock.endTest();
        outcomes.add(outcome);
        all.addAll(outcome.declared());
      }
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
    startedMocks().forEach(mock -> outcomes.add(mock.endClass()));
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

  private String source(ExtensionContext testContext) {
    return settings.testClass() + "." + testContext.getRequiredTestMethod().getName() + "()";
  }

  private synchronized WireMockMockProvider startedMock(String provider) {
    return mocks.get(provider);
  }

  private synchronized List<WireMockMockProvider> startedMocks() {
    return List.copyOf(mocks.values());
  }

  @Override
  public void close() {
    startedMocks().forEach(WireMockMockProvider::close);
  }
}
