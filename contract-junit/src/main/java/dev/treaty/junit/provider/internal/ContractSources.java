package dev.treaty.junit.provider.internal;

import dev.treaty.broker.client.BrokerClient;
import dev.treaty.broker.client.BrokerContractSource;
import dev.treaty.junit.provider.ContractBroker;
import dev.treaty.junit.provider.ContractFolder;
import dev.treaty.verify.ContractSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Turns the contract source annotations of a provider test class into one {@link ContractSource}
 * (and, for a broker that takes results, the {@link BrokerResults} to publish through); the one
 * place that learns a new source annotation.
 */
final class ContractSources {
  private ContractSources() {}

  /** The source of a class and where its results go; {@code results} is null when nothing is published. */
  record Sources(ContractSource source, BrokerResults results, AutoCloseable afterLoad) {}

  static Sources of(Class<?> testClass, String provider, Function<String, Optional<String>> parameters,
      Map<String, String> environment) {
    List<ContractSource> sources = new ArrayList<>();
    AnnotationSupport.findAnnotation(testClass, ContractFolder.class).ifPresent(folder -> {
      if (folder.value().length == 0) {
        throw new ExtensionConfigurationException("@ContractFolder of " + testClass.getSimpleName()
            + " names no folder; give one, such as @ContractFolder(\"../order-consumer/target/contracts\")");
      }
      for (String path : folder.value()) {
        sources.add(ContractSource.directory(Path.of(path)));
      }
    });
    BrokerResults results = null;
    AutoCloseable afterLoad = () -> { };
    Optional<ContractBroker> annotation = AnnotationSupport.findAnnotation(testClass, ContractBroker.class);
    if (annotation.isPresent()) {
      BrokerSettings settings =
          BrokerSettings.of(testClass.getSimpleName(), provider, annotation.get(), parameters, environment);
      BrokerClient client = client(testClass, settings);
      BrokerContractSource broker = settings.pactUrl() == null ? new BrokerContractSource(client, settings.query())
          : BrokerContractSource.forPactUrl(client, provider, settings.pactUrl());
      sources.add(broker);
      if (settings.publishAs() != null) {
        results = new BrokerResults(client, broker.resultsPublisher(settings.publishAs()));
      } else {
        afterLoad = client;
      }
    }
    if (sources.isEmpty()) {
      throw new ExtensionConfigurationException(testClass.getSimpleName() + " has no contract source;"
          + " annotate it with @ContractFolder(\"path/to/contracts\") or @ContractBroker");
    }
    return new Sources(sources.size() == 1 ? sources.get(0) : ContractSource.all(sources), results, afterLoad);
  }

  private static BrokerClient client(Class<?> testClass, BrokerSettings settings) {
    try {
      return settings.connection().clientBuilder().build();
    } catch (IllegalArgumentException e) {
      throw new ExtensionConfigurationException("@ContractBroker on " + testClass.getSimpleName() + ": "
          + e.getMessage(), e);
    }
  }
}
