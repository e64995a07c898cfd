package dev.treaty.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.treaty.testing.GoldenFiles;

/** This package's golden files ({@code src/test/resources/golden/dsl}); see {@link GoldenFiles}. */
final class Golden {
  private static final GoldenFiles FILES = GoldenFiles.in("dsl");

  private Golden() {}

  static void assertMatches(String name, String actual) {
    FILES.assertMatches(name + ".txt", actual + "\n");
  }

  /** Asserts that {@code call} fails with an {@code IllegalArgumentException} whose message is golden file {@code name}. */
  static void assertUsageError(String name, Runnable call) {
    Throwable error = catchThrowable(call::run);
    assertThat(error).isInstanceOf(IllegalArgumentException.class);
    assertMatches(name, error.getMessage());
  }
}
