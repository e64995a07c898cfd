package dev.treaty.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares user-visible text with a golden file under {@code src/test/resources/golden/dsl}; run
 * with {@code -Dgolden.update=true} to (re)write missing golden files, then review them.
 */
final class Golden {
  private static final Path DIRECTORY = Path.of("src/test/resources/golden/dsl");

  private Golden() {}

  static void assertMatches(String name, String actual) {
    Path file = DIRECTORY.resolve(name + ".txt");
    try {
      if (Boolean.getBoolean("golden.update") && !Files.exists(file)) {
        Files.createDirectories(DIRECTORY);
        Files.writeString(file, actual + "\n", StandardCharsets.UTF_8);
      }
      assertThat(file).as("golden file %s", file).exists();
      assertThat(actual + "\n").isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
