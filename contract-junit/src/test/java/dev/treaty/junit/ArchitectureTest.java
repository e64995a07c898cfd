package dev.treaty.junit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guards the layering of contract-junit: WireMock stays internal, the public API is small, and the
 * consumer and provider halves share no internals.
 */
class ArchitectureTest {
  private static JavaClasses junit;

  @BeforeAll
  static void importModule() {
    junit = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        // contract-core's test-jar (shared test support) is on the classpath: main code only.
        .withImportOption(location -> !location.contains("-tests.jar"))
        .importPackages("dev.treaty.junit", "dev.treaty.dsl");
  }

  @Test
  void publicApiDoesNotUseWireMock() {
    noClasses().that().resideInAnyPackage("dev.treaty.junit.consumer", "dev.treaty.junit.provider", "dev.treaty.dsl..")
        .should().dependOnClassesThat().resideInAnyPackage("com.github.tomakehurst..", "wiremock..", "org.wiremock..")
        .check(junit);
  }

  @Test
  void providerSideDoesNotUseWireMock() {
    noClasses().that().resideInAPackage("dev.treaty.junit.provider..")
        .should().dependOnClassesThat().resideInAnyPackage("com.github.tomakehurst..", "wiremock..", "org.wiremock..")
        .check(junit);
  }

  @Test
  void consumerInternalsDoNotDependOnTheProviderSide() {
    noClasses().that().resideInAPackage("dev.treaty.junit.consumer..")
        .should().dependOnClassesThat().resideInAPackage("dev.treaty.junit.provider..")
        .check(junit);
  }

  @Test
  void providerInternalsDoNotDependOnTheConsumerSide() {
    noClasses().that().resideInAPackage("dev.treaty.junit.provider..")
        .should().dependOnClassesThat().resideInAPackage("dev.treaty.junit.consumer..")
        .check(junit);
  }

  @Test
  void dslDoesNotDependOnJUnit() {
    noClasses().that().resideInAPackage("dev.treaty.dsl..")
        .should().dependOnClassesThat().resideInAnyPackage("org.junit..", "dev.treaty.junit..")
        .check(junit);
  }
}
