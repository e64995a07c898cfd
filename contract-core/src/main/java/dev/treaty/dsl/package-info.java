/**
 * Treaty's contract DSL: builders for HTTP and message interactions and JSON bodies with matchers,
 * independent of any test framework. Start at {@link dev.treaty.dsl.ContractDsl}.
 */
package dev.treaty.dsl;
