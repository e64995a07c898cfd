package dev.treaty.junit.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.treaty.testing.GoldenFiles;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Runs provider fixture classes through the Jupiter engine and reads the outcome: display names,
 * failure messages, and golden files under {@code src/test/resources/golden/provider} (rewritten
 * with {@code -Dgolden.update=true}).
 */
final class TestKit {
  private static final GoldenFiles GOLDEN = GoldenFiles.in("provider");

  private TestKit() {}

  static EngineExecutionResults run(Class<?> fixture) {
    return run(fixture, Map.of());
  }

  /** Runs {@code fixture} with extra configuration parameters, as {@code junit-platform.properties} would give. */
  static EngineExecutionResults run(Class<?> fixture, Map<String, String> parameters) {
    Map<String, String> all = new java.util.HashMap<>(parameters);
    all.put(Fixture.KEY, "true");
    return EngineTestKit.engine("junit-jupiter")
        .configurationParameters(all)
        .selectors(selectClass(fixture))
        .execute();
  }

  /** The display names of the tests that started, in order. */
  static List<String> started(EngineExecutionResults results) {
    return results.testEvents().started().stream().map(e -> e.getTestDescriptor().getDisplayName()).toList();
  }

  /** The messages of every failed test and container, in the order they finished. */
  static List<String> failures(EngineExecutionResults results) {
    return results.allEvents().failed().stream().map(TestKit::throwable).map(Throwable::getMessage).toList();
  }

  static Throwable throwable(Event event) {
    return event.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable).orElseThrow();
  }

  /** The only failure of the run. */
  static String onlyFailure(EngineExecutionResults results) {
    List<String> all = failures(results);
    assertThat(all).as("failures").hasSize(1);
    return all.get(0);
  }

  static void assertGolden(String name, String actual) {
    GOLDEN.assertMatches(name, actual);
  }
}
