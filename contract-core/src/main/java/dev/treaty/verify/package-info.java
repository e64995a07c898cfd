/**
 * Provider verification: replays the interactions of contracts against a running provider.
 *
 * <p>{@link dev.treaty.verify.ContractSource} loads a provider's contracts (files, directories,
 * URLs; a broker through {@code dev.treaty.broker.client.BrokerContractSource}) as {@link
 * dev.treaty.verify.LoadedContract}s, which may be pending. {@link
 * dev.treaty.verify.ProviderVerifier} verifies them, one interaction at a time if wanted, with a
 * {@link dev.treaty.verify.ProviderStateHandler} (such as {@link
 * dev.treaty.verify.HttpProviderStateHandler}), {@link dev.treaty.verify.RequestFilter}s and a
 * {@link dev.treaty.verify.MessageProducer}. Each interaction yields an {@link
 * dev.treaty.verify.InteractionResult} ({@link dev.treaty.verify.Outcome} PASSED, FAILED, ERROR or
 * PENDING); a {@link dev.treaty.verify.VerificationReport} collects them and is rendered by {@link
 * dev.treaty.verify.VerificationSummaryRenderer} or {@link dev.treaty.verify.VerificationJsonWriter}.
 *
 * <pre>{@code
 * try (ProviderVerifier verifier = ProviderVerifier.builder()
 *     .baseUrl("http://localhost:" + port)
 *     .stateHandler(HttpProviderStateHandler.of(URI.create("http://localhost:" + port + "/_states")))
 *     .build()) {
 *   VerificationReport report = verifier.verify(ContractSource.directory(Path.of("pacts")), "order-service");
 *   System.out.print(VerificationSummaryRenderer.render(report));
 * }
 * }</pre>
 *
 * <p>Everything in {@code dev.treaty.verify.internal} may change without notice.
 */
package dev.treaty.verify;
