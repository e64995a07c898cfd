package dev.treaty.junit.internal;

import dev.treaty.contract.Interaction;
import dev.treaty.junit.provider.TreatyProviderTest;
import dev.treaty.verify.ContractSource;
import dev.treaty.verify.ContractSourceException;
import dev.treaty.verify.LoadedContract;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * What a provider test class declares, read and checked once per class: the provider, its
 * contracts, its {@code @State} and {@code @ProducesMessage} methods.
 */
record ProviderClass(
    Class<?> testClass, String provider, List<LoadedContract> contracts, StateMethods states,
    MessageMethods messages) {

  /** Reads the annotations of {@code testClass} and loads its contracts; fails on bad configuration. */
  static ProviderClass load(Class<?> testClass) {
    String name = testClass.getSimpleName();
    TreatyProviderTest annotation = AnnotationSupport.findAnnotation(testClass, TreatyProviderTest.class)
        .orElseThrow(() -> new ExtensionConfigurationException(name + " uses the Treaty provider extension"
            + " without @TreatyProviderTest; annotate the class with @TreatyProviderTest(provider = \"...\")"));
    String provider = annotation.provider();
    if (provider.isBlank()) {
      throw new ExtensionConfigurationException("@TreatyProviderTest(provider = \"" + provider + "\") of " + name
          + " names no provider; give the provider name the consumers' contracts use");
    }
    StateMethods states = StateMethods.of(testClass);
    MessageMethods messages = MessageMethods.of(testClass);
    ContractSource source = ContractSources.of(testClass);
    List<LoadedContract> contracts = load(name, source, provider);
    return new ProviderClass(testClass, provider, contracts, states, messages);
  }

  private static List<LoadedContract> load(String name, ContractSource source, String provider) {
    List<LoadedContract> contracts;
    try {
      contracts = source.load(provider);
    } catch (ContractSourceException e) {
      throw new ExtensionConfigurationException(name + ": " + e.getMessage() + "; fix the path (relative"
          + " paths start at the module directory) or run the consumers' tests first (they write the contracts)", e);
    }
    if (contracts.isEmpty()) {
      throw new ExtensionConfigurationException(name + ": no contracts for provider \"" + provider + "\" in "
          + source.describe() + "; check that the consumers' contracts name the provider \"" + provider
          + "\" and that their tests ran first (they write the contracts)");
    }
    return contracts;
  }

  /** One invocation per interaction of every contract, in the order of the source. */
  Stream<TestTemplateInvocationContext> invocations() {
    return contracts.stream().flatMap(contract -> contract.contract().interactions().stream()
        .map(interaction -> invocation(contract, interaction)));
  }

  private TestTemplateInvocationContext invocation(LoadedContract contract, Interaction interaction) {
    return new InteractionInvocation(this, contract, interaction);
  }
}
