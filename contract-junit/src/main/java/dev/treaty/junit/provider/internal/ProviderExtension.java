package dev.treaty.junit.provider.internal;

import dev.treaty.junit.provider.TreatyProviderTest;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link TreatyProviderTest}: it only wires the lifecycle. Per class
 * it loads a {@link ProviderClass} once; per template method it yields one {@link
 * InteractionInvocation} per interaction, which verifies through {@link InteractionVerification}
 * with the class's one verifier; after the class its HTTP client is closed and results for a broker
 * are published ({@link BrokerResults}).
 */
public final class ProviderExtension implements TestTemplateInvocationContextProvider, AfterAllCallback {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(ProviderExtension.class);

  @Override
  public boolean supportsTestTemplate(ExtensionContext context) {
    return context.getTestClass()
        .filter(c -> AnnotationSupport.isAnnotated(c, TreatyProviderTest.class))
        .isPresent();
  }

  @Override
  public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
    Class<?> testClass = context.getRequiredTestClass();
    ExtensionContext classContext = context.getParent().orElse(context);
    ProviderClass provider = classContext.getStore(NAMESPACE).getOrComputeIfAbsent(testClass,
        c -> ProviderClass.load(testClass, classContext::getConfigurationParameter, System.getenv()), ProviderClass.class);
    // Kept under their own keys: a class whose load failed has nothing to close or publish, and
    // reading its memoized failure again would report it twice.
    classContext.getStore(NAMESPACE).put(ProviderClass.class, provider);
    if (provider.results() != null) {
      classContext.getStore(NAMESPACE).put(BrokerResults.class, provider.results());
    }
    return provider.invocations();
  }

  /**
   * Once the class's last test has run: releases its HTTP client and publishes its results to the
   * broker; a refusal fails the class.
   */
  @Override
  public void afterAll(ExtensionContext context) {
    ProviderClass provider = context.getStore(NAMESPACE).remove(ProviderClass.class, ProviderClass.class);
    if (provider != null) {
      provider.close();
    }
    BrokerResults results = context.getStore(NAMESPACE).remove(BrokerResults.class, BrokerResults.class);
    if (results != null) {
      results.publishAll();
    }
  }
}
