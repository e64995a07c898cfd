package dev.treaty.dsl;

import dev.treaty.testing.GoldenFiles;

/** This package's golden files ({@code src/test/resources/golden/dsl}); see {@link GoldenFiles}. */
final class Golden {
  private static final GoldenFiles FILES = GoldenFiles.in("dsl");

  private Golden() {}

  static void assertMatches(String name, String actual) {
    FILES.assertMatches(name + ".txt", actual + "\n");
  }
}
