package dev.treaty.contract.internal;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * contract-core's Jackson mappers, one per concern, configured once and shared (a configured
 * {@link ObjectMapper} is thread-safe). Pact documents have their own, stricter mapper in the JSON
 * layer ({@code dev.treaty.json.internal.PactJson}).
 */
public final class JsonMappers {
  /**
   * JSON as data: request and response bodies, and the payloads Treaty exchanges with providers
   * (state set-up, messages) and brokers. Trees, strings, numbers and plain maps only.
   */
  public static final ObjectMapper DATA = new ObjectMapper();

  /**
   * Users' Java values turned into JSON (records, {@code java.time}, {@code Optional} through the
   * modules on the class path): DSL examples ({@code like(order)}) and values returned by provider
   * state handlers.
   */
  public static final ObjectMapper JAVA_VALUES = new ObjectMapper().findAndRegisterModules();

  private JsonMappers() {}
}
