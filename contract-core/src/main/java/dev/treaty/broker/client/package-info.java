/**
 * A client for the Pact Broker API (Treaty's broker or the Pact Foundation's).
 *
 * <p>{@link dev.treaty.broker.client.BrokerClient} publishes pacts ({@link
 * dev.treaty.broker.client.ContractPublication}), asks which pacts a provider must verify ({@link
 * dev.treaty.broker.client.PactsForVerificationQuery} with {@link
 * dev.treaty.broker.client.ConsumerVersionSelector}s) and publishes {@link
 * dev.treaty.broker.client.VerificationResults}. {@link dev.treaty.broker.client.BrokerContractSource}
 * plugs the broker into the provider verifier as a contract source (pending pacts and the broker's
 * notices included), and its {@link dev.treaty.broker.client.BrokerResultsPublisher} sends each
 * pact's results back.
 *
 * <p>The release gate: {@link dev.treaty.broker.client.Environment}s, {@link
 * dev.treaty.broker.client.Deployment}s (deployments and releases recorded and ended), the matrix
 * ({@link dev.treaty.broker.client.MatrixQuery} answered by a {@link
 * dev.treaty.broker.client.MatrixAnswer}, what can-i-deploy decides from) and {@link
 * dev.treaty.broker.client.VersionDescription}.
 *
 * <p>Everything in {@code dev.treaty.broker.client.internal} may change without notice.
 */
package dev.treaty.broker.client;
