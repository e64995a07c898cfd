package dev.treaty.junit.consumer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default contract directory follows the build tool of the module the tests run in. */
class ConsumerSettingsDirectoryTest {
  @TempDir Path module;

  @Test
  void mavenModuleWritesToTarget() throws IOException {
    Files.writeString(module.resolve("pom.xml"), "<project/>");

    assertThat(ConsumerSettings.defaultDirectory(module)).isEqualTo("target/contracts");
  }

  @Test
  void gradleModuleWritesToBuild() throws IOException {
    Files.writeString(module.resolve("build.gradle.kts"), "plugins { java }");

    assertThat(ConsumerSettings.defaultDirectory(module)).isEqualTo("build/contracts");
  }

  @Test
  void groovyGradleBuildFileCountsToo() throws IOException {
    Files.writeString(module.resolve("build.gradle"), "apply plugin: 'java'");

    assertThat(ConsumerSettings.defaultDirectory(module)).isEqualTo("build/contracts");
  }

  @Test
  void aModuleWithBothIsTakenForMaven() throws IOException {
    Files.writeString(module.resolve("build.gradle"), "apply plugin: 'java'");
    Files.writeString(module.resolve("pom.xml"), "<project/>");

    assertThat(ConsumerSettings.defaultDirectory(module)).isEqualTo("target/contracts");
  }

  @Test
  void withNoBuildFileTheMavenConventionStays() {
    assertThat(ConsumerSettings.defaultDirectory(module)).isEqualTo("target/contracts");
  }
}
