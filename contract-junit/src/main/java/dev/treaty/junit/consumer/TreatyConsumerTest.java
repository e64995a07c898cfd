package dev.treaty.junit.consumer;

import dev.treaty.junit.consumer.internal.ConsumerExtension;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Marks a JUnit 5 class as a consumer contract test: each provider gets a mock provider (a real
 * HTTP server on a random port) that answers the interactions the tests declare, and when the
 * tests pass the contract is written to {@code target/contracts/<consumer>-<provider>.json}
 * ({@code build/contracts} in a Gradle module).
 *
 * <pre>{@code
 * @TreatyConsumerTest(consumer = "order-web", provider = "order-service")
 * class OrderClientTest {
 *   @Test
 *   void getsAnOrder(MockProvider orders) {
 *     orders.expect(http("get order 42").given("order 42 exists")
 *         .request(r -> r.get("/orders/42"))
 *         .response(r -> r.status(200).body(json(o -> o.integerType("id", 42)))));
 *     assertThat(new OrderClient(orders.baseUrl()).get(42).id()).isEqualTo(42);
 *   }
 * }
 * }</pre>
 *
 * <p>After each test, every interaction it declared must have been received and no request may
 * have arrived that matches none; otherwise the test fails with an {@code AssertionFailedError}
 * that names the interaction and each mismatch. The methods of one class run one after another
 * (they share the mock); classes may run in parallel.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(ConsumerExtension.class)
@Execution(ExecutionMode.SAME_THREAD)
public @interface TreatyConsumerTest {

  /** The name of the consumer, the application under test. Required. */
  String consumer();

  /**
   * The names of the providers this class talks to, one mock provider each. With several, tell
   * injected parameters and {@link Interactions} methods which provider they belong to.
   */
  String[] provider();

  /**
   * The directory contract files are written to. Empty means the configuration parameter {@code
   * treaty.contracts.dir} (in {@code junit-platform.properties}), else {@code target/contracts}, or
   * {@code build/contracts} when the module directory has a Gradle build file and no {@code pom.xml}.
   */
  String contractsDir() default "";

  /**
   * The Pact specification version of the written files: {@code "V4"} or {@code "V3"}. Empty means
   * the configuration parameter {@code treaty.contracts.spec-version}, else V4. V3 cannot hold
   * HTTP interactions and messages for the same provider in one file.
   */
  String specVersion() default "";
}
