package dev.treaty.junit.consumer;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says which provider an injected {@link MockProvider}, {@link MessageProvider} or {@link
 * MockBaseUrl} parameter belongs to, when a {@link TreatyConsumerTest} names several.
 *
 * <pre>{@code
 * void checksOut(@Provider("order-service") MockProvider orders, @Provider("payments") MockProvider payments)
 * }</pre>
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Provider {

  /** The provider's name, as given in {@link TreatyConsumerTest#provider()}. */
  String value();
}
