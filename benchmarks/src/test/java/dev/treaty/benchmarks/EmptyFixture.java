package dev.treaty.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A plain JUnit class with one trivial test: what running any class through the Launcher costs. */
class EmptyFixture {

  @Test
  void runs() {
    assertTrue(FiftyOrders.COUNT > 0, "count");
  }
}
