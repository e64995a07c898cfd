package dev.treaty.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Both verifiers agree on the benchmark's contract and provider: all pass, and all fail once broken. */
class VerificationBenchmarkInputsTest {

  @Test
  void bothVerifiersPassEveryInteractionAndFailEveryOneWhenTheProviderBreaks() {
    String json = VerificationContract.pact(20);
    try (LocalOrderProvider provider = LocalOrderProvider.start();
        TreatyVerification treaty = new TreatyVerification(json, provider.port())) {
      PactJvmVerification pact = new PactJvmVerification(json, provider.port());

      assertThat(treaty.passed()).isEqualTo(20);
      assertThat(pact.passed()).isEqualTo(20);
      provider.breakTotal(true);
      assertThat(treaty.passed()).isZero();
      assertThat(pact.passed()).isZero();
    }
  }
}
