package dev.treaty.junit.internal;

import dev.treaty.junit.provider.ContractFolder;
import dev.treaty.verify.ContractSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Turns the contract source annotations of a provider test class into one {@link ContractSource};
 * the one place that learns a new source annotation (such as a broker's).
 */
final class ContractSources {
  private ContractSources() {}

  static ContractSource of(Class<?> testClass) {
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
    if (sources.isEmpty()) {
      throw new ExtensionConfigurationException(testClass.getSimpleName() + " has no contract source;"
          + " annotate it with @ContractFolder(\"path/to/contracts\")");
    }
    return sources.size() == 1 ? sources.get(0) : ContractSource.all(sources);
  }
}
