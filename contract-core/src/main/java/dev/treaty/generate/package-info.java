/**
 * Pact generators at replay time: {@link dev.treaty.generate.GeneratorEngine} applies the {@link
 * dev.treaty.contract.Generator}s of a request or response (random values, UUIDs, dates and times
 * with expressions such as {@code "+ 1 day @ midnight"}, provider-state values, mock server URLs),
 * for the consumer's mock provider and for provider verification alike.
 */
package dev.treaty.generate;
