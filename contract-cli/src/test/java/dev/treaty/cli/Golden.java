package dev.treaty.cli;

import dev.treaty.testing.GoldenFiles;

/** This package's golden files ({@code src/test/resources/golden/cli}); see {@link GoldenFiles}. */
final class Golden {
  private static final GoldenFiles FILES = GoldenFiles.in("cli");

  private Golden() {}

  static void assertMatches(String actual, String name) {
    FILES.assertMatches(name + ".txt", actual);
  }
}
