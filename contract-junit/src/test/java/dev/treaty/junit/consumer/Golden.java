package dev.treaty.junit.consumer;

import dev.treaty.testing.GoldenFiles;

/** This package's golden files ({@code src/test/resources/golden/consumer}); see {@link GoldenFiles}. */
final class Golden {
  private static final GoldenFiles FILES = GoldenFiles.in("consumer");

  private Golden() {}

  static void assertMatches(String name, String actual) {
    FILES.assertMatches(name, actual);
  }
}
