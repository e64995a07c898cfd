/**
 * Pact specification JSON: {@link dev.treaty.json.PactReader} reads V1 to V4 pact files (and the
 * request, response and message parts of the conformance cases) into the {@code
 * dev.treaty.contract} model; {@link dev.treaty.json.PactWriter} writes V3 or V4 deterministically.
 *
 * <pre>{@code
 * Contract contract = PactReader.read(Path.of("pacts/order-web-order-service.json"));
 * PactWriter.write(contract, SpecVersion.V4, Path.of("build/pacts/order-web-order-service.json"));
 * }</pre>
 *
 * <p>Everything in {@code dev.treaty.json.internal} (the per-part readers and writers and the one
 * configured Jackson mapper) is internal.
 */
package dev.treaty.json;
