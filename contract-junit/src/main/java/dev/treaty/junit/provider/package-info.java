/**
 * JUnit 5 provider verification: replays every interaction of a provider's contracts against the
 * running provider, one test invocation per interaction.
 *
 * <p>Annotate the class with {@link dev.treaty.junit.provider.TreatyProviderTest} and a contract
 * source ({@link dev.treaty.junit.provider.ContractFolder}); write a {@code @TestTemplate} method
 * that takes a {@link dev.treaty.junit.provider.VerificationContext} and calls {@code verify()};
 * set the target in it or in a {@code @BeforeEach}; handle provider states with {@link
 * dev.treaty.junit.provider.State} methods and messages with {@link
 * dev.treaty.junit.provider.ProducesMessage} methods.
 *
 * <p>The extension and its helpers live in {@code dev.treaty.junit.provider.internal} and may change without
 * notice.
 */
package dev.treaty.junit.provider;
