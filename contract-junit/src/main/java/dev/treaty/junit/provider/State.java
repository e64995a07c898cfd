package dev.treaty.junit.provider;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a {@link TreatyProviderTest} class that puts the provider into a provider
 * state before an interaction ({@link StateAction#SETUP}, the default) or takes it out afterwards
 * ({@link StateAction#TEARDOWN}).
 *
 * <pre>{@code
 * @State("order exists")
 * Map<String, Object> orderExists(long id) {         // the state's param "id"
 *   return Map.of("id", repository.save(new Order(id)).id());   // for ${id} in the request
 * }
 *
 * @State(value = "order exists", action = StateAction.TEARDOWN)
 * void removeOrders() {
 *   repository.clear();
 * }
 * }</pre>
 *
 * <p>The method may be private, static or not, and takes any of: a {@code Map<String, Object>}
 * of all the state's params, the {@code ProviderState} itself, or parameters named like the
 * state's params (the build compiles with {@code -parameters}), converted to the parameter's type.
 * A setup method may return a {@code Map<String, ?>} whose values are used by the interaction's
 * provider-state generators, such as {@code /orders/${id}}. An interaction with a state that has
 * no setup method fails, naming the method to add.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface State {

  /** The names of the provider states this method handles, exactly as in the contracts. */
  String[] value();

  /** Whether this method sets the state up (default) or tears it down. */
  StateAction action() default StateAction.SETUP;
}
