package dev.treaty.junit.consumer;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects the base URL of a mock provider ({@code http://localhost:54321}, no trailing slash) into
 * a {@code String} or {@code java.net.URI} parameter of a test, lifecycle method or constructor.
 *
 * <pre>{@code
 * @Test
 * void getsAnOrder(@MockBaseUrl String baseUrl) { ... }
 * }</pre>
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface MockBaseUrl {}
