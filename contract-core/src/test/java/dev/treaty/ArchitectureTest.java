package dev.treaty;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Guards the layering of contract-core: what may depend on what, and what users may see. */
class ArchitectureTest {
  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.treaty");
  }

  @Test
  void modelDependsOnNeitherJsonNorMatching() {
    noClasses()
        .that()
        .resideInAPackage("dev.treaty.contract..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.treaty.json..", "dev.treaty.matching..")
        .check(core);
  }

  @Test
  void pactDocumentsKnowOnlyTheModelAndTheJsonLayer() {
    noClasses()
        .that()
        .resideInAPackage("dev.treaty.pact..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.treaty.matching..", "dev.treaty.verify..", "dev.treaty.broker..", "dev.treaty.dsl..")
        .check(core);
  }

  @Test
  void matchingDoesNotDependOnJsonFiles() {
    noClasses()
        .that()
        .resideInAPackage("dev.treaty.matching..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.treaty.json..")
        .check(core);
  }

  /** JSON paths are taken apart in one place that the JSON layer and the matching engine both use. */
  @Test
  void pathTokenizerDependsOnNoOtherTreatyPackage() {
    noClasses()
        .that()
        .resideInAPackage("dev.treaty.path..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.treaty.contract..", "dev.treaty.json..", "dev.treaty.matching..",
            "dev.treaty.dsl..", "dev.treaty.verify..", "dev.treaty.broker..")
        .check(core);
  }

  @Test
  void generatorEngineServesBothSidesWithoutDependingOnEither() {
    noClasses()
        .that()
        .resideInAPackage("dev.treaty.generate..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.treaty.verify..", "dev.treaty.dsl..", "dev.treaty.matching..", "dev.treaty.broker..")
        .check(core);
  }

  @Test
  void coreUsesNoTestFrameworkServerOrMockLibrary() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.junit..", "com.github.tomakehurst..", "org.wiremock..", "io.javalin..", "au.com.dius..")
        .check(core);
  }

  @Test
  void okHttpStaysInsideTheVerifierAndTheBrokerClient() {
    noClasses()
        .that()
        .resideOutsideOfPackages("dev.treaty.verify..", "dev.treaty.broker.client..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("okhttp3..")
        .check(core);
  }

  @Test
  void publicApiNeverReturnsInternalTypes() {
    methods()
        .that()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .resideOutsideOfPackage("..internal..")
        .and()
        .areDeclaredInClassesThat()
        .arePublic()
        .should(notExposeInternalTypes())
        .check(core);
  }

  private static ArchCondition<JavaMethod> notExposeInternalTypes() {
    return new ArchCondition<>("not expose types from internal packages") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        check(method, method.getRawReturnType(), events);
        method.getRawParameterTypes().forEach(type -> check(method, type, events));
      }

      private void check(JavaMethod method, JavaClass type, ConditionEvents events) {
        if (type.getPackageName().contains(".internal")) {
          events.add(
              SimpleConditionEvent.violated(
                  method, method.getFullName() + " exposes internal type " + type.getName()));
        }
      }
    };
  }
}
