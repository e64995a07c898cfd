package dev.treaty.junit.provider;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Reads the contracts of a {@link TreatyProviderTest} from a Pact broker (Treaty's or the Pact
 * Foundation's): the pacts its consumer version selectors choose, pending ones included when asked
 * for. Results are published back when a provider version is configured.
 *
 * <pre>{@code
 * @TreatyProviderTest(provider = "order-service")
 * @ContractBroker(selectors = {"{\"mainBranch\": true}", "{\"deployedOrReleased\": true}"}, enablePending = true)
 * class OrderProviderTest { ... }
 * }</pre>
 *
 * <p>Each setting left empty here is read from the JUnit configuration parameters ({@code
 * junit-platform.properties} or {@code -D} system properties), then from the environment:
 *
 * <table>
 *   <caption>Settings</caption>
 *   <tr><th>attribute</th><th>configuration parameter</th><th>environment</th></tr>
 *   <tr><td>{@link #url}</td><td>{@code treaty.broker.url}</td><td>{@code TREATY_BROKER_URL}, {@code PACT_BROKER_BASE_URL}</td></tr>
 *   <tr><td>(token)</td><td>{@code treaty.broker.token}</td><td>{@code TREATY_BROKER_TOKEN}, {@code PACT_BROKER_TOKEN}</td></tr>
 *   <tr><td>(user name)</td><td>{@code treaty.broker.username}</td><td>{@code TREATY_BROKER_USERNAME}, {@code PACT_BROKER_USERNAME}</td></tr>
 *   <tr><td>(password)</td><td>{@code treaty.broker.password}</td><td>{@code TREATY_BROKER_PASSWORD}, {@code PACT_BROKER_PASSWORD}</td></tr>
 *   <tr><td>(one pact)</td><td>{@code treaty.broker.pactUrl}: verify exactly that pact (a webhook's {@code ${pactbroker.pactUrl}}) instead of the selectors</td><td></td></tr>
 *   <tr><td>{@link #providerVersion}</td><td>{@code treaty.provider.version}</td><td></td></tr>
 *   <tr><td>{@link #providerBranch}</td><td>{@code treaty.provider.branch}</td><td></td></tr>
 *   <tr><td>{@link #providerTags}</td><td>{@code treaty.provider.tags} (comma-separated)</td><td></td></tr>
 *   <tr><td>(publish)</td><td>{@code treaty.verification.publish} (true/false)</td><td></td></tr>
 * </table>
 *
 * <p>Results are published when a provider version is configured, unless {@code
 * treaty.verification.publish=false}. Asking to publish ({@code treaty.verification.publish=true})
 * without a provider version fails the class, as does a missing URL, a malformed selector, or a
 * broker that refuses. Publishing happens after the class's last test; a contract with an
 * interaction that did not run (filtered out) is not published. The token is never an attribute:
 * keep it out of source code.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface ContractBroker {

  /** The broker's base URL; empty reads {@code treaty.broker.url}, then {@code TREATY_BROKER_URL}, then {@code PACT_BROKER_BASE_URL}. */
  String url() default "";

  /**
   * Consumer version selectors as JSON objects, such as {@code {"branch": "main"}}; empty uses
   * {@code {"mainBranch": true}} and {@code {"deployedOrReleased": true}}.
   */
  String[] selectors() default {};

  /** Whether to ask for pending status; a pending pact's failures abort (skip) instead of failing. */
  boolean enablePending() default false;

  /** Also verify work-in-progress pacts published since this date ({@code 2024-01-31}); needs a provider branch. */
  String includeWipPactsSince() default "";

  /** The provider version verifying, such as the commit SHA; empty reads {@code treaty.provider.version}. */
  String providerVersion() default "";

  /** The provider version's branch; empty reads {@code treaty.provider.branch}. */
  String providerBranch() default "";

  /** The provider version's tags; empty reads {@code treaty.provider.tags}. */
  String[] providerTags() default {};
}
