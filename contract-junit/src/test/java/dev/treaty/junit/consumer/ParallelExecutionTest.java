package dev.treaty.junit.consumer;

import static dev.treaty.dsl.ContractDsl.http;
import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.contract.Interaction;
import dev.treaty.json.PactReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** Classes of one run execute concurrently; each keeps its own mock and the merged file is complete. */
class ParallelExecutionTest {
  private static final Map<String, String> PARALLEL = Map.of(
      "junit.jupiter.execution.parallel.enabled", "true",
      "junit.jupiter.execution.parallel.mode.default", "concurrent",
      "junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
      "junit.jupiter.execution.parallel.config.strategy", "fixed",
      "junit.jupiter.execution.parallel.config.fixed.parallelism", "4");

  @TempDir Path contracts;

  @RepeatedTest(3)
  void concurrentClassesAndMethodsAllPassAndMergeIntoOneFile() {
    var results = TestKit.run(PARALLEL, contracts, A.class, B.class, C.class, D.class);

    results.testEvents().assertStatistics(s -> s.succeeded(16).failed(0));
    List<String> expected = new ArrayList<>();
    for (String c : List.of("A", "B", "C", "D")) {
      IntStream.range(0, 4).forEach(i -> expected.add(c + " " + i));
    }
    assertThat(PactReader.read(contracts.resolve("web-orders.json")).interactions())
        .extracting(Interaction::description).containsExactlyElementsOf(expected);
  }

  @Test
  void concurrentMethodsOfOneClassFailClearly() {
    var results = TestKit.run(PARALLEL, contracts, ConcurrentMethods.class);

    var failures = Failures.of(results);
    assertThat(failures).isNotEmpty();
    assertThat(failures.get(0).getMessage()).matches(
        "ConcurrentMethods\\.t\\d\\(\\) started while ConcurrentMethods\\.t\\d\\(\\) was running, but tests of"
            + " ConcurrentMethods share one mock provider; remove @Execution\\(CONCURRENT\\) from the class and"
            + " its methods \\(classes may still run in parallel\\)");
    assertThat(contracts.resolve("web-orders.json")).doesNotExist();
  }

  /** Four tests that each declare one interaction and call it a few times. */
  abstract static class Base {
    private void run(MockProvider orders, int i) {
      String name = getClass().getSimpleName();
      String path = "/" + name + "/" + i;
      orders.expect(http(name + " " + i).request(r -> r.get(path)).response(r -> r.status(200)));
      for (int call = 0; call < 3; call++) {
        assertThat(Http.get(orders.baseUrl() + path).statusCode()).isEqualTo(200);
      }
      try {
        pause();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    void pause() throws InterruptedException {}

    @Test
    void t0(MockProvider orders) {
      run(orders, 0);
    }

    @Test
    void t1(MockProvider orders) {
      run(orders, 1);
    }

    @Test
    void t2(MockProvider orders) {
      run(orders, 2);
    }

    @Test
    void t3(MockProvider orders) {
      run(orders, 3);
    }
  }

  @Fixture
  @TreatyConsumerTest(consumer = "web", provider = "orders")
  static class A extends Base {}

  @Fixture
  @TreatyConsumerTest(consumer = "web", provider = "orders")
  @Execution(ExecutionMode.CONCURRENT)
  static class ConcurrentMethods extends Base {
    @Override
    void pause() throws InterruptedException {
      Thread.sleep(300);
    }
  }

  @Fixture
  @TreatyConsumerTest(consumer = "web", provider = "orders")
  static class B extends Base {}

  @Fixture
  @TreatyConsumerTest(consumer = "web", provider = "orders")
  static class C extends Base {}

  @Fixture
  @TreatyConsumerTest(consumer = "web", provider = "orders")
  static class D extends Base {}
}
