/**
 * Consumer contract tests with JUnit 5: {@link dev.treaty.junit.consumer.TreatyConsumerTest}, the
 * injected {@link dev.treaty.junit.consumer.MockProvider} and {@link
 * dev.treaty.junit.consumer.MessageProvider}. Interactions are declared with {@link
 * dev.treaty.dsl.ContractDsl}.
 */
package dev.treaty.junit.consumer;
