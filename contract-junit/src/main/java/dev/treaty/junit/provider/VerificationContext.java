package dev.treaty.junit.provider;

import dev.treaty.contract.Interaction;
import dev.treaty.verify.InteractionResult;
import dev.treaty.verify.LoadedContract;
import dev.treaty.verify.RequestFilter;
import java.net.URI;
import java.time.Duration;

/**
 * The interaction one {@code @TestTemplate} invocation of a {@link TreatyProviderTest} verifies:
 * inject it into the template method (and into {@code @BeforeEach} methods), tell it where the
 * provider runs, then call {@link #verify()}.
 *
 * <pre>{@code
 * @BeforeEach
 * void target(VerificationContext context) {
 *   context.target(URI.create("http://localhost:" + app.port()))
 *       .requestFilter(RequestFilter.header("Authorization", "Bearer test-token"));
 * }
 *
 * @TestTemplate
 * void verify(VerificationContext context) {
 *   context.verify();
 * }
 * }</pre>
 *
 * <p>Settings last for the one invocation. An invocation whose template method does not call
 * {@link #verify()} fails, so an interaction never passes unverified.
 */
public interface VerificationContext {

  /**
   * The provider's base URL: scheme, host, port and optional base path, such as {@code
   * http://localhost:8080/api}; required for HTTP interactions, unused for messages.
   *
   * @throws IllegalArgumentException when the URL is not an absolute http(s) URL with a host
   */
  VerificationContext target(URI baseUrl);

  /** Adds a filter run on the request just before it is sent, such as an auth header. */
  VerificationContext requestFilter(RequestFilter filter);

  /** The longest the request may take, from connecting to reading the body (default 10 s). */
  VerificationContext timeout(Duration timeout);

  /** The contract being verified, with its location and whether it is pending. */
  LoadedContract contract();

  /** The interaction being verified. */
  Interaction interaction();

  /**
   * Sets up the provider states, replays the interaction against the target (or produces the
   * message), matches the answer and tears the states down.
   *
   * <p>Returns the result when the provider kept the contract. Otherwise throws an {@code
   * org.opentest4j.AssertionFailedError} whose message names the consumer, the interaction, its
   * states and every mismatch (part, path, expected, actual) or the error. An interaction of a
   * pending contract never fails: when it breaks, the invocation is aborted ({@code
   * org.opentest4j.TestAbortedException}, shown as skipped) with the same message.
   */
  InteractionResult verify();
}
