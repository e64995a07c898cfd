package dev.treaty.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares user-visible output with a golden file under {@code src/test/resources/golden/cli},
 * exactly. Run with {@code -Dgolden.update=true} to rewrite the files, then review the diff.
 */
final class Golden {
  private static final Path DIRECTORY = Path.of("src", "test", "resources", "golden", "cli");

  private Golden() {}

  static void assertMatches(String actual, String name) {
    Path file = DIRECTORY.resolve(name + ".txt");
    try {
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(DIRECTORY);
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      }
      assertThat(file).as("golden file %s", file).exists();
      assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
