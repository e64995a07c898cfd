package dev.treaty.compat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Proves that this module really runs Treaty under Spring Boot's choice of libraries, not
 * Treaty's own: the versions on the test class path are the ones the Spring Boot BOM manages
 * (passed in by the pom), whatever contract-core and contract-junit were built against.
 */
class ManagedVersionsTest {
  @Test
  void jacksonIsSpringBootsChoice() {
    assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString())
        .isEqualTo(expected("jackson"));
  }

  @Test
  void junitJupiterIsSpringBootsChoice() {
    assertThat(Test.class.getPackage().getImplementationVersion()).isEqualTo(expected("junit-jupiter"));
  }

  @Test
  void kotlinStdlibUnderOkHttpIsSpringBootsChoice() {
    assertThat(kotlin.KotlinVersion.CURRENT.toString()).isEqualTo(expected("kotlin"));
  }

  private static String expected(String library) {
    String version = System.getProperty("treaty.compat.expected." + library);
    assertThat(version).as("system property treaty.compat.expected.%s, set by the pom", library).isNotBlank();
    return version;
  }
}
