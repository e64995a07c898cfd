/**
 * Matching of actual requests, responses and messages against a contract.
 *
 * <p>{@link dev.treaty.matching.MatchingEngine} returns a {@link dev.treaty.matching.MatchResult}
 * holding every {@link dev.treaty.matching.Mismatch} (part, path, expected, actual, rule); it never
 * throws on a mismatch. {@link dev.treaty.matching.PlainTextMismatchRenderer} turns a result into
 * the text users see:
 *
 * <pre>{@code
 * MatchingEngine engine = MatchingEngine.forSpecVersion(contract.specVersion());
 * MatchResult result = engine.matchResponse(interaction.response(), actualResponse);
 * if (!result.matched()) {
 *   System.out.print(PlainTextMismatchRenderer.render(
 *       contract.consumer(), contract.provider(), interaction, result));
 * }
 * }</pre>
 *
 * <p>Semantics follow the Pact specification (checked against all 803 official cases): rule paths
 * are weighed as Pact does (exact tokens 2, wildcards 1, multiplied; the heaviest wins, the longer
 * path breaks ties; rules cascade to descendants; array length limits apply only where written).
 * Unexpected JSON keys fail a request body and pass a response or message body. XML rule paths are
 * matched without index tokens, since XML elements are found by name. Everything in {@code
 * dev.treaty.matching.internal} may change without notice.
 */
package dev.treaty.matching;
