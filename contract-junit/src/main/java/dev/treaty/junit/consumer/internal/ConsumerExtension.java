package dev.treaty.junit.consumer.internal;

import dev.treaty.junit.consumer.TreatyConsumerTest;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link TreatyConsumerTest}: it only wires the lifecycle. Per class
 * it starts a {@link ConsumerClass}; after each test and after the class it lets that class check
 * what the mocks saw; the run's {@link ContractRegistry} writes the files when the run ends.
 */
public final class ConsumerExtension
    implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(ConsumerExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    state(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    state(context).startTest(context);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    state(context).endTest(context);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    ExtensionContext owner = owner(context);
    if (owner == context) {
      ConsumerClass state = owner.getStore(NAMESPACE).get(ConsumerClass.class, ConsumerClass.class);
      if (state != null) {
        state.endClass(context);
      }
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return ProviderParameters.supports(parameter);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return ProviderParameters.resolve(parameter, state(context));
  }

  /** The state of the class that carries {@link TreatyConsumerTest}, started on first use. */
  private static ConsumerClass state(ExtensionContext context) {
    ExtensionContext owner = owner(context);
    ContractRegistry registry = context.getRoot().getStore(NAMESPACE)
        .getOrComputeIfAbsent(ContractRegistry.class);
    return owner.getStore(NAMESPACE).getOrComputeIfAbsent(
        ConsumerClass.class, k -> ConsumerClass.start(owner, registry), ConsumerClass.class);
  }

  /** The nearest class context whose class carries the annotation (so @Nested classes share it). */
  private static ExtensionContext owner(ExtensionContext context) {
    for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
      if (c.getTestMethod().isEmpty() && c.getTestClass().isPresent()
          && AnnotationSupport.isAnnotated(c.getTestClass().get(), TreatyConsumerTest.class)
          && c.getTestClass().get().isAnnotationPresent(TreatyConsumerTest.class)) {
        return c;
      }
    }
    Class<?> testClass = context.getTestClass().orElse(null);
    throw new ExtensionConfigurationException((testClass == null ? "the test" : testClass.getSimpleName())
        + " uses the Treaty consumer extension without @TreatyConsumerTest; annotate the class with"
        + " @TreatyConsumerTest(consumer = \"...\", provider = \"...\")");
  }
}
