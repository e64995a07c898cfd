package dev.treaty.benchmarks;

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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Response matching throughput of Treaty's engine ({@code treaty*}) against pact-jvm's
 * ({@code pact*}) on the same order-service contract and the same response bytes, in three sizes.
 *
 * <p>Each timed call starts from the raw response bytes and ends with the list of mismatches: both
 * engines parse the body inside the call. The contracts are read before timing starts. The setup of
 * every trial checks that both engines accept the response and reject a broken copy of it.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class MatchingBenchmark {

  /** The ~1 KB order with a few rules. */
  @State(Scope.Benchmark)
  public static class Small {
    MatchingPair pair;

    @Setup(Level.Trial)
    public void prepare() {
      pair = MatchingPair.prepare(OrderContract.small());
    }
  }

  /** The ~100 KB order with fifty rules and nested arrays. */
  @State(Scope.Benchmark)
  public static class HundredKb {
    MatchingPair pair;

    @Setup(Level.Trial)
    public void prepare() {
      pair = MatchingPair.prepare(OrderContract.hundredKb());
    }
  }

  /** The ~1 MB order: the same contract with a large items array. */
  @State(Scope.Benchmark)
  public static class OneMb {
    MatchingPair pair;

    @Setup(Level.Trial)
    public void prepare() {
      pair = MatchingPair.prepare(OrderContract.oneMb());
    }
  }

  @Benchmark
  public void treatySmall(Small in, Blackhole blackhole) {
    blackhole.consume(in.pair.treaty.match(in.pair.actual));
  }

  @Benchmark
  public void pactSmall(Small in, Blackhole blackhole) {
    blackhole.consume(in.pair.pact.match(in.pair.actual));
  }

  @Benchmark
  public void treaty100k(HundredKb in, Blackhole blackhole) {
    blackhole.consume(in.pair.treaty.match(in.pair.actual));
  }

  @Benchmark
  public void pact100k(HundredKb in, Blackhole blackhole) {
    blackhole.consume(in.pair.pact.match(in.pair.actual));
  }

  @Benchmark
  public void treaty1mb(OneMb in, Blackhole blackhole) {
    blackhole.consume(in.pair.treaty.match(in.pair.actual));
  }

  @Benchmark
  public void pact1mb(OneMb in, Blackhole blackhole) {
    blackhole.consume(in.pair.pact.match(in.pair.actual));
  }
}
