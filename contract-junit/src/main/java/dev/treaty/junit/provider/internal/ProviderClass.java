package dev.treaty.junit.provider.internal;

import dev.treaty.contract.Interaction;
import dev.treaty.junit.provider.TreatyProviderTest;
import dev.treaty.verify.ContractSource;
import dev.treaty.verify.ContractSourceException;
import dev.treaty.verify.LoadedContract;
import dev.treaty.verify.InteractionResult;
import dev.treaty.verify.ProviderVerifier;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * What a provider test class declares, read and checked once per class: the provider, its
 * contracts, its {@code @State} and {@code @ProducesMessage} methods; and the one {@link
 * ProviderVerifier} (one HTTP client) whose settings every interaction of the class derives
 * from, closed when the class ends.
 */
record ProviderClass(
    Class<?> testClass, String provider, List<LoadedContract> contracts, StateMethods states,
    MessageMethods messages, BrokerResults results, ProviderVerifier verifier) implements AutoCloseable {

  /**
   * Reads the annotations of {@code testClass} (settings from {@code parameters}, the JUnit
   * configuration, and {@code environment}) and loads its contracts; fails on bad configuration.
   */
  static ProviderClass load(Class<?> testClass, Function<String, Optional<String>> parameters,
      Map<String, String> environment) {
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
    ContractSources.Sources sources = ContractSources.of(testClass, provider, parameters, environment);
    List<LoadedContract> contracts;
    try (AutoCloseable afterLoad = sources.afterLoad()) {
      contracts = load(name, sources.source(), provider);
    } catch (RuntimeException e) {
      if (sources.results() != null) {
        sources.results().discard();
      }
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return new ProviderClass(testClass, provider, contracts, states, messages, sources.results(),
        ProviderVerifier.builder().build());
  }

  private static List<LoadedContract> load(String name, ContractSource source, String provider) {
    List<LoadedContract> contracts;
    try {
      contracts = source.load(provider);
    } catch (ContractSourceException e) {
      throw new ExtensionConfigurationException(name + ": " + e.getMessage() + (e.getMessage().startsWith("broker ")
          ? "" : "; fix the path (relative paths start at the module directory) or run the consumers' tests first"
          + " (they write the contracts)"), e);
    }
    if (contracts.isEmpty() && source.describe().contains("broker ")) {
      throw new ExtensionConfigurationException(name + ": no contracts for provider \"" + provider + "\" in "
          + source.describe() + "; check the provider name and the selectors, or publish the consumers' pacts first");
    }
    if (contracts.isEmpty()) {
      throw new ExtensionConfigurationException(name + ": no contracts for provider \"" + provider + "\" in "
          + source.describe() + "; check that the consumers' contracts name the provider \"" + provider
          + "\" and that their tests ran first (they write the contracts)");
    }
    return contracts;
  }

  /** Remembers {@code result} for publishing, when results go to a broker. */
  void record(LoadedContract contract, Interaction interaction, InteractionResult result) {
    if (results != null) {
      results.record(contract, interaction, result);
    }
  }

  /** Whether a result of {@code interaction} was recorded (always true when nothing is published). */
  boolean recorded(LoadedContract contract, Interaction interaction) {
    return results == null || results.recorded(contract, interaction);
  }

  /** One invocation per interaction of every contract, in the order of the source. */
  Stream<TestTemplateInvocationContext> invocations() {
    return contracts.stream().flatMap(contract -> contract.contract().interactions().stream()
        .map(interaction -> invocation(contract, interaction)));
  }

  private TestTemplateInvocationContext invocation(LoadedContract contract, Interaction interaction) {
    return new InteractionInvocation(this, contract, interaction);
  }

  /** Releases the class's HTTP client, after its last interaction. */
  @Override
  public void close() {
    verifier.close();
  }
}
