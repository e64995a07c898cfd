package dev.treaty.broker.internal.matrix;

import dev.treaty.broker.internal.store.MatrixStore.MatrixPact;
import dev.treaty.broker.internal.store.MatrixStore.MatrixVerification;
import dev.treaty.broker.internal.store.Version;

/**
 * One row of the matrix: a consumer version's pact with a provider, and the latest verification of
 * that pact's content by one provider version. {@code providerVersion} is null when no version of
 * the provider takes part (none selected, or none verified); {@code verification} is null when that
 * provider version has not verified the content.
 */
public record MatrixRow(ResolvedSelector consumer, MatrixPact pact, ResolvedSelector provider, Version providerVersion,
    MatrixVerification verification, boolean ignored) {

  /** yes, no or unknown: what this row says about deploying. */
  public enum Status {
    YES,
    NO,
    UNKNOWN
  }

  public Version consumerVersion() {
    return pact.consumerVersion();
  }

  public Status status() {
    if (verification == null) {
      return Status.UNKNOWN;
    }
    return verification.success() ? Status.YES : Status.NO;
  }

  MatrixRow asIgnored() {
    return new MatrixRow(consumer, pact, provider, providerVersion, verification, true);
  }

  /** The consumer side in the Pact Broker's words, e.g. {@code version 1 of Foo}. */
  public String consumerDescription() {
    return consumer.describe(consumerVersion());
  }

  /** The provider side in the Pact Broker's words; names the selector when no version takes part. */
  public String providerDescription() {
    return providerVersion == null ? provider.describeNone() : provider.describe(providerVersion);
  }
}
