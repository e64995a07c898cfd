package dev.treaty.benchmarks;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs one fixture class through the JUnit Platform Launcher, as a build tool would, with contracts
 * going to a given directory (Treaty: configuration parameter {@code treaty.contracts.dir};
 * pact-jvm: system property {@code pact.rootDir}); fails unless its one test passed.
 */
final class FixtureRun {
  private final Launcher launcher = LauncherFactory.create();
  private final Path dir;

  FixtureRun(Path dir) {
    this.dir = dir;
  }

  /** Runs {@code fixture} and returns the contract file it must have written. */
  Path run(Class<?> fixture) {
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(selectClass(fixture))
        .configurationParameter("treaty.contracts.dir", dir.toString())
        .build();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(request, listener);
    TestExecutionSummary summary = listener.getSummary();
    if (summary.getTestsSucceededCount() != 1 || summary.getTotalFailureCount() != 0) {
      String failures = summary.getFailures().stream()
          .map(f -> f.getTestIdentifier().getDisplayName() + ": " + f.getException())
          .collect(Collectors.joining("\n"));
      throw new IllegalStateException(fixture.getSimpleName() + " did not pass: "
          + summary.getTestsSucceededCount() + " succeeded, " + summary.getTotalFailureCount()
          + " failed\n" + failures);
    }
    return dir.resolve(FiftyOrders.CONTRACT_FILE);
  }

  /** Fails unless {@code file} exists and is not empty. */
  static Path requireWritten(Path file) {
    try {
      if (!Files.isRegularFile(file) || Files.size(file) == 0) {
        throw new IllegalStateException("contract " + file + " was not written");
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes everything under {@code dir} (not {@code dir} itself). */
  static void clean(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).filter(f -> !f.equals(dir)).forEach(f -> {
        try {
          Files.delete(f);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
