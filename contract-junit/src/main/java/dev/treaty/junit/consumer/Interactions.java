package dev.treaty.junit.consumer;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a static, parameterless method that declares interactions shared by all tests of the
 * class. It returns an {@code Interaction}, a builder, or a {@code List}/array of either.
 *
 * <p>Shared interactions are answered during every test of the class and must each be received at
 * least once per class (checked when the class ends); interactions a single test depends on are
 * better declared in that test with {@link MockProvider#expect}.
 *
 * <pre>{@code
 * @Interactions
 * static List<HttpInteraction> orders() {
 *   return List.of(http("list orders").request(r -> r.get("/orders")).response(r -> r.status(200)).build());
 * }
 * }</pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Interactions {

  /** The provider the interactions belong to; may be empty when the class names only one. */
  String provider() default "";
}
