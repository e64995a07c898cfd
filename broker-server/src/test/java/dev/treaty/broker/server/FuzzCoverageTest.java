package dev.treaty.broker.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.broker.fuzz.FuzzCoverage;
import dev.treaty.broker.testing.Backend;
import dev.treaty.broker.testing.RunningBroker;
import org.junit.jupiter.api.Test;

/**
 * {@code BrokerFuzzIT} covers every route the broker serves: its inventory, world and request
 * templates are checked here against the route table itself (which only this package can read).
 * Routes do not depend on the database, so this runs on H2 only.
 */
class FuzzCoverageTest {
  @Test
  void everyServedRouteIsFuzzedWithValidPathValuesAndABodyToMutate() {
    try (RunningBroker broker = RunningBroker.start(Backend.H2)) {
      assertThat(FuzzCoverage.gaps(broker.broker().routes(), broker))
          .as("what BrokerFuzzIT would not cover (fix it in dev.treaty.broker.fuzz)")
          .isEmpty();
    }
  }
}
