package dev.treaty.json;

import dev.treaty.testing.GoldenFiles;

/** This package's golden files ({@code src/test/resources/golden/json}); see {@link GoldenFiles}. */
final class Golden {
  private static final GoldenFiles FILES = GoldenFiles.in("json");

  private Golden() {}

  static void assertMatches(String name, String actual) {
    FILES.assertMatches(name + ".txt", actual + "\n");
  }
}
