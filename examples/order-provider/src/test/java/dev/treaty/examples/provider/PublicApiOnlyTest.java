package dev.treaty.examples.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The example shows what users may write: it imports no {@code dev.treaty..internal} package. */
class PublicApiOnlyTest {
  private static final Pattern INTERNAL = Pattern.compile("^import\\s+(static\\s+)?dev\\.treaty\\.[\\w.]*internal\\b.*$");

  @Test
  void sourcesImportNoInternalTreatyPackage() throws IOException {
    List<Path> sources;
    try (Stream<Path> files = Files.walk(Path.of("src"))) {
      sources = files.filter(f -> f.toString().endsWith(".java")).toList();
    }

    assertThat(sources).as("example sources under %s", Path.of("src").toAbsolutePath()).hasSizeGreaterThan(8);
    assertThat(sources.stream().flatMap(PublicApiOnlyTest::internalImports))
        .as("imports of internal Treaty packages (use only dev.treaty.junit.provider, dev.treaty.contract, ...)")
        .isEmpty();
  }

  private static Stream<String> internalImports(Path source) {
    try {
      return Files.readAllLines(source).stream()
          .filter(line -> INTERNAL.matcher(line.trim()).matches())
          .map(line -> source + ": " + line.trim());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
