package dev.treaty.junit.consumer;

import java.util.List;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/** Pulls the failures out of a test kit run, for assertions on their exact messages. */
final class Failures {
  private Failures() {}

  /** The throwables of all failed tests and containers, in the order they finished. */
  static List<Throwable> of(EngineExecutionResults results) {
    return of(results.allEvents());
  }

  static List<Throwable> of(Events events) {
    return events.failed().stream()
        .map(Failures::throwable)
        .toList();
  }

  /** The only failure of the run. */
  static Throwable only(EngineExecutionResults results) {
    List<Throwable> all = of(results);
    if (all.size() != 1) {
      throw new AssertionError("expected exactly one failure, got " + all.size() + ": " + all);
    }
    return all.get(0);
  }

  private static Throwable throwable(Event event) {
    return event.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable).orElseThrow();
  }
}
