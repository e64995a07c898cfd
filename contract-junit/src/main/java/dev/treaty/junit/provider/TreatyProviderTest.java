package dev.treaty.junit.provider;

import dev.treaty.junit.provider.internal.ProviderExtension;
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
 * Marks a JUnit 5 class as a provider verification test: every {@code @TestTemplate} method runs
 * once per interaction of every contract of the provider, named {@code <consumer> · <description>
 * · given <state>}.
 *
 * <pre>{@code
 * @TreatyProviderTest(provider = "order-service")
 * @ContractFolder("../order-consumer/target/contracts")
 * class OrderProviderTest {
 *   @BeforeEach
 *   void target(VerificationContext context) {
 *     context.target(URI.create("http://localhost:" + port));
 *   }
 *
 *   @TestTemplate
 *   void verify(VerificationContext context) {
 *     context.verify();
 *   }
 *
 *   @State("order 42 exists")
 *   void orderExists(long id) {
 *     repository.save(new Order(id));
 *   }
 * }
 * }</pre>
 *
 * <p>The contracts come from the class's source annotation ({@link ContractFolder}). Finding no
 * contract for the provider, an interaction whose state has no {@link State} method, or a
 * template method that never calls {@link VerificationContext#verify()} fails loudly.
 *
 * <p>The interactions of a class run one after another, because provider states change the one
 * provider they share; classes may run in parallel when they verify separate providers.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(ProviderExtension.class)
@Execution(ExecutionMode.SAME_THREAD)
public @interface TreatyProviderTest {

  /** The name of the provider under test, as the contracts name it. Required. */
  String provider();
}
