package dev.treaty.broker;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guards the layering of the broker: storage holds SQL and knows nothing above it; routes,
 * publishing, selection and the matrix know nothing of JDBI (they see {@code Stores} and records); only routes
 * know Javalin; no package cycles.
 */
class ArchitectureTest {
  private static JavaClasses broker;

  @BeforeAll
  static void importBroker() {
    broker = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.treaty.broker");
  }

  @Test
  void internalPackagesHaveNoCycles() {
    slices().matching("dev.treaty.broker.internal.(*)..").should().beFreeOfCycles().check(broker);
  }

  @Test
  void storagePublishingAndSelectionDoNotDependOnTheWebFramework() {
    noClasses().that().resideInAnyPackage("dev.treaty.broker.internal.store..", "dev.treaty.broker.internal.selection..",
            "dev.treaty.broker.internal.publishing..", "dev.treaty.broker.internal.matrix..", "dev.treaty.broker.internal.access..")
        .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..")
        .check(broker);
  }

  @Test
  void routesPublishingAndSelectionReachTheDatabaseOnlyThroughStores() {
    noClasses().that().resideInAnyPackage("dev.treaty.broker.internal.http..", "dev.treaty.broker.internal.selection..",
            "dev.treaty.broker.internal.publishing..", "dev.treaty.broker.internal.matrix..", "dev.treaty.broker.internal.access..")
        .should().dependOnClassesThat().resideInAPackage("org.jdbi..")
        .check(broker);
  }

  @Test
  void storageHoldsSqlAndKnowsNothingOfHttpPublishingSelectionOrPactDocuments() {
    noClasses().that().resideInAPackage("dev.treaty.broker.internal.store..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.treaty.broker.internal.http..",
            "dev.treaty.broker.internal.publishing..", "dev.treaty.broker.internal.selection..",
            "dev.treaty.broker.internal.matrix..", "dev.treaty.broker.internal.access..", "dev.treaty.pact..",
            "dev.treaty.json..")
        .check(broker);
  }
}
