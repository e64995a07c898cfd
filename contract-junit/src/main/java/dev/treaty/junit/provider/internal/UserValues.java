package dev.treaty.junit.provider.internal;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The provider side's one mapper between JSON and the test's own Java values: provider-state
 * params handed to {@code @State} methods as their parameter types, and the objects
 * {@code @ProducesMessage} methods return ({@code java.time}, {@code Optional} and other modules on
 * the class path are registered).
 */
final class UserValues {
  static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

  private UserValues() {}
}
