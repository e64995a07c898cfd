package dev.treaty.benchmarks;

import dev.treaty.json.PactReader;
import dev.treaty.verify.LoadedContract;
import dev.treaty.verify.Outcome;
import dev.treaty.verify.ProviderVerifier;
import dev.treaty.verify.VerificationReport;
import java.util.List;

// Treaty's side of the verification benchmark: the contract is read once; one run verifies every
// interaction with ProviderVerifier (one OkHttp client, matching with the contract's engine).
final class TreatyVerification implements AutoCloseable {
  private final ProviderVerifier verifier;
  private final List<LoadedContract> contracts;

  TreatyVerification(String pactJson, int port) {
    this.contracts = List.of(LoadedContract.of(PactReader.read(pactJson, "benchmark.json"), "benchmark.json"));
    this.verifier = ProviderVerifier.builder().baseUrl("http://localhost:" + port).build();
  }

  VerificationReport verifyAll() {
    return verifier.verify("order-api", contracts);
  }

  /** How many interactions passed in one run. */
  int passed() {
    return verifyAll().count(Outcome.PASSED);
  }

  @Override
  public void close() {
    verifier.close();
  }
}
