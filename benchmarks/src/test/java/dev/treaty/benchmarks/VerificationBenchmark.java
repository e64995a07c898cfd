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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Provider verification throughput of Treaty's {@code ProviderVerifier} ({@code treatyVerify1000})
 * against pact-jvm's ({@code pactVerify1000}): one operation verifies all 1,000 interactions of the
 * same Pact V3 contract against the same local provider. Interactions per second = ops/s x 1,000.
 *
 * <p>The setup of every trial checks that both verifiers pass all 1,000 interactions, and that
 * both fail all of them once the provider sends a number as a string, so both sides do the same work.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class VerificationBenchmark {
  static final int INTERACTIONS = 1000;

  /** The provider, the contract and both verifiers. */
  @State(Scope.Benchmark)
  public static class Verifiers {
    LocalOrderProvider provider;
    TreatyVerification treaty;
    PactJvmVerification pact;

    @Setup(Level.Trial)
    public void start() {
      provider = LocalOrderProvider.start();
      String json = VerificationContract.pact(INTERACTIONS);
      treaty = new TreatyVerification(json, provider.port());
      pact = new PactJvmVerification(json, provider.port());
      check(treaty.passed(), pact.passed(), INTERACTIONS);
      provider.breakTotal(true);
      check(treaty.passed(), pact.passed(), 0);
      provider.breakTotal(false);
    }

    private static void check(int treatyPassed, int pactPassed, int expected) {
      if (treatyPassed != expected || pactPassed != expected) {
        throw new IllegalStateException("expected " + expected + " passing interactions from both verifiers,"
            + " got Treaty " + treatyPassed + " and pact-jvm " + pactPassed);
      }
    }

    @TearDown(Level.Trial)
    public void stop() {
      treaty.close();
      provider.close();
    }
  }

  @Benchmark
  public Object treatyVerify1000(Verifiers in) {
    return in.treaty.verifyAll();
  }

  @Benchmark
  public Object pactVerify1000(Verifiers in) {
    return in.pact.verifyAll();
  }
}
