package dev.treaty.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.treaty.junit.consumer.MockProvider;
import dev.treaty.junit.consumer.TreatyConsumerTest;
import org.junit.jupiter.api.Test;

/** A Treaty consumer class that only starts its mock: the per-class cost next to {@link EmptyFixture}. */
@TreatyConsumerTest(consumer = FiftyOrders.CONSUMER, provider = FiftyOrders.PROVIDER)
class TreatyMockStartFixture {

  @Test
  void mockIsRunning(MockProvider orders) {
    assertTrue(orders.port() > 0, "mock port");
  }
}
