package dev.treaty.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of a consumer test class with 50 interactions, from class start to contract written:
 * Treaty's JUnit 5 extension ({@code treaty50}) against pact-jvm 4.6.21's ({@code pact50}). Each
 * operation runs one fixture class through the JUnit Platform Launcher; both fixtures declare the
 * same 50 interactions and send the same 50 requests with the same client, and the operation fails
 * unless the test passed and the contract file was written.
 *
 * <p>{@code treatyMockStart} runs a Treaty class that only starts its mock, {@code junitBaseline} a
 * plain class with one trivial test: their difference is Treaty's per-class mock start.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10)
@Measurement(iterations = 30)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ConsumerOverheadBenchmark {

  /** A fresh contracts directory per operation and one Launcher per trial. */
  @State(Scope.Benchmark)
  public static class Run {
    Path dir;
    FixtureRun fixtures;

    @Setup(Level.Trial)
    public void prepare() throws IOException {
      dir = Files.createTempDirectory("treaty-consumer-overhead");
      System.setProperty("pact.rootDir", dir.toString());
      fixtures = new FixtureRun(dir);
    }

    @Setup(Level.Invocation)
    public void clean() {
      FixtureRun.clean(dir);
    }
  }

  @Benchmark
  public Path treaty50(Run run) {
    return FixtureRun.requireWritten(run.fixtures.run(TreatyFiftyOrdersFixture.class));
  }

  @Benchmark
  public Path pact50(Run run) {
    return FixtureRun.requireWritten(run.fixtures.run(PactJvmFiftyOrdersFixture.class));
  }

  @Benchmark
  public Path treatyMockStart(Run run) {
    return run.fixtures.run(TreatyMockStartFixture.class);
  }

  @Benchmark
  public Path junitBaseline(Run run) {
    return run.fixtures.run(EmptyFixture.class);
  }
}
