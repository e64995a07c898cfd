package dev.treaty.verify;

import dev.treaty.testing.GoldenFiles;

/** This package's golden files ({@code src/test/resources/golden/verify}); see {@link GoldenFiles}. */
final class Golden {
  private static final GoldenFiles FILES = GoldenFiles.in("verify");

  private Golden() {}

  static void assertMatches(String name, String actual) {
    FILES.assertMatches(name, actual);
  }
}
