package dev.treaty.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files for user-visible text, shared by every module's tests (contract-core's test-jar):
 * the text must equal {@code src/test/resources/golden/<folder>/<name>} exactly. Run the tests with
 * {@code -Dgolden.update=true} to rewrite the files, then review the change with {@code git diff}.
 */
public final class GoldenFiles {
  private final Path directory;

  private GoldenFiles(Path directory) {
    this.directory = directory;
  }

  /** The golden files under {@code src/test/resources/golden/<folder>} of the module under test. */
  public static GoldenFiles in(String folder) {
    return new GoldenFiles(Path.of("src", "test", "resources", "golden", folder));
  }

  /** Asserts that {@code actual} equals the golden file {@code name} (rewritten on update). */
  public void assertMatches(String name, String actual) {
    Path file = directory.resolve(name);
    try {
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      }
      assertThat(file).as("golden file %s (create it with -Dgolden.update=true)", file).exists();
      assertThat(actual).as("golden file %s", file)
          .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
