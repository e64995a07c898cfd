package dev.treaty.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.contract.Contract;
import dev.treaty.contract.HttpInteraction;
import dev.treaty.contract.Interaction;
import dev.treaty.json.PactReader;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two sides of ConsumerOverheadBenchmark do the same work: both fixtures pass and write a V4
 * contract with the same 50 interactions, the same requests and the same response rules.
 */
class ConsumerOverheadFixturesTest {
  @TempDir Path dir;
  private String previousPactDir;

  @BeforeEach
  void pactDirectory() {
    previousPactDir = System.setProperty("pact.rootDir", dir.resolve("pact").toString());
  }

  @AfterEach
  void restorePactDirectory() {
    if (previousPactDir == null) {
      System.clearProperty("pact.rootDir");
    } else {
      System.setProperty("pact.rootDir", previousPactDir);
    }
  }

  @Test
  void bothFixturesWriteTheSameFiftyInteractions() {
    Contract treaty = PactReader.read(FixtureRun.requireWritten(
        new FixtureRun(dir.resolve("treaty")).run(TreatyFiftyOrdersFixture.class)));
    Contract pact = PactReader.read(FixtureRun.requireWritten(
        new FixtureRun(dir.resolve("pact")).run(PactJvmFiftyOrdersFixture.class)));

    assertThat(treaty.interactions()).hasSize(FiftyOrders.COUNT);
    assertThat(pact.interactions()).hasSize(FiftyOrders.COUNT);
    assertThat(treaty.specVersion()).isEqualTo(pact.specVersion());
    for (int i = 0; i < FiftyOrders.COUNT; i++) {
      HttpInteraction ours = (HttpInteraction) byDescription(treaty, pact.interactions().get(i).description());
      HttpInteraction theirs = (HttpInteraction) pact.interactions().get(i);
      assertThat(ours.providerStates()).isEqualTo(theirs.providerStates());
      assertThat(ours.request().path()).isEqualTo(theirs.request().path());
      assertThat(ours.response().status()).isEqualTo(theirs.response().status());
      assertThat(ours.response().matchingRules()).isEqualTo(theirs.response().matchingRules());
      assertThat(ours.response().body()).isEqualTo(theirs.response().body());
    }
  }

  @Test
  void mockStartAndBaselineFixturesPass() {
    FixtureRun run = new FixtureRun(dir.resolve("start"));

    run.run(TreatyMockStartFixture.class);
    run.run(EmptyFixture.class);
  }

  private static Interaction byDescription(Contract contract, String description) {
    return contract.interactions().stream().filter(i -> i.description().equals(description))
        .findFirst().orElseThrow(() -> new AssertionError("no interaction " + description));
  }
}
