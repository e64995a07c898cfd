package dev.treaty.junit.consumer.internal;

import dev.treaty.contract.SpecVersion;
import dev.treaty.junit.consumer.TreatyConsumerTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The validated configuration of one consumer test class: names, contract directory and Pact
 * version, from the annotation first and {@code junit-platform.properties} second.
 */
record ConsumerSettings(String testClass, String consumer, List<String> providers, Path contractsDir,
    SpecVersion specVersion) {

  static final String DIR_KEY = "treaty.contracts.dir";
  static final String SPEC_KEY = "treaty.contracts.spec-version";
  static final String MAVEN_DIR = "target/contracts";
  static final String GRADLE_DIR = "build/contracts";

  static ConsumerSettings of(ExtensionContext context) {
    Class<?> testClass = context.getRequiredTestClass();
    String name = testClass.getSimpleName();
    TreatyConsumerTest annotation = AnnotationSupport
        .findAnnotation(testClass, TreatyConsumerTest.class)
        .orElseThrow(() -> new ExtensionConfigurationException(name
            + " uses the Treaty consumer extension without @TreatyConsumerTest; annotate the class with"
            + " @TreatyConsumerTest(consumer = \"...\", provider = \"...\")"));
    String consumer = annotation.consumer().trim();
    if (consumer.isEmpty()) {
      throw new ExtensionConfigurationException("@TreatyConsumerTest on " + name
          + " has consumer \"\"; name the application under test, e.g. consumer = \"order-web\"");
    }
    return new ConsumerSettings(name, consumer, providers(name, annotation),
        Path.of(directory(annotation, context)), specVersion(name, annotation, context));
  }

  private static List<String> providers(String name, TreatyConsumerTest annotation) {
    Set<String> providers = new LinkedHashSet<>();
    for (String provider : annotation.provider()) {
      if (provider.isBlank() || !providers.add(provider.trim())) {
        throw new ExtensionConfigurationException("@TreatyConsumerTest on " + name + " has provider \""
            + provider + "\" " + (provider.isBlank() ? "(blank)" : "twice")
            + "; give each provider's name once, e.g. provider = {\"order-service\", \"payments\"}");
      }
    }
    if (providers.isEmpty()) {
      throw new ExtensionConfigurationException("@TreatyConsumerTest on " + name
          + " has no provider; name at least one, e.g. provider = \"order-service\"");
    }
    return List.copyOf(providers);
  }

  private static String directory(TreatyConsumerTest annotation, ExtensionContext context) {
    if (!annotation.contractsDir().isBlank()) {
      return annotation.contractsDir().trim();
    }
    return context.getConfigurationParameter(DIR_KEY).filter(s -> !s.isBlank())
        .orElseGet(() -> defaultDirectory(Path.of("")));
  }

  /**
   * The build tool's output convention for the module the tests run in (Maven and Gradle both run
   * tests in the module directory): {@code build/contracts} next to a Gradle build file without a
   * {@code pom.xml}, else {@code target/contracts}.
   */
  static String defaultDirectory(Path moduleDir) {
    boolean gradle = Files.exists(moduleDir.resolve("build.gradle")) || Files.exists(moduleDir.resolve("build.gradle.kts"));
    return gradle && !Files.exists(moduleDir.resolve("pom.xml")) ? GRADLE_DIR : MAVEN_DIR;
  }

  private static SpecVersion specVersion(String name, TreatyConsumerTest annotation, ExtensionContext context) {
    String where = "@TreatyConsumerTest(specVersion) on " + name;
    Optional<String> text = Optional.of(annotation.specVersion()).filter(s -> !s.isBlank());
    if (text.isEmpty()) {
      text = context.getConfigurationParameter(SPEC_KEY).filter(s -> !s.isBlank());
      where = "configuration parameter " + SPEC_KEY;
    }
    if (text.isEmpty()) {
      return SpecVersion.V4;
    }
    Optional<SpecVersion> version = SpecVersion.parse(text.get());
    if (version.isEmpty() || !version.get().hasRuleCategories()) {
      throw new ExtensionConfigurationException(where + " is \"" + text.get()
          + "\", which Treaty cannot write; use \"" + SpecVersion.V4.name() + "\" (the default) or \""
          + SpecVersion.V3.name() + "\"");
    }
    return version.get();
  }

  /** The file of the contract with {@code provider}. */
  Path contractFile(String provider) {
    return contractsDir.resolve(consumer + "-" + provider + ".json").toAbsolutePath().normalize();
  }
}
