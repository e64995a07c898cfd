package dev.treaty.contract.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.JsonLimits;

/**
 * contract-core's Jackson mappers, one per concern, configured once and shared (a configured
 * {@link ObjectMapper} is thread-safe), each enforcing the {@link JsonLimits}. Pact documents have
 * their own, stricter mapper in the JSON layer ({@code dev.treaty.json.internal.PactJson}).
 */
public final class JsonMappers {
  /**
   * JSON as data: request and response bodies, and the payloads Treaty exchanges with providers
   * (state set-up, messages) and brokers. Trees, strings, numbers and plain maps only.
   */
  public static final ObjectMapper DATA = JsonLimits.newMapper();

  /**
   * Users' Java values turned into JSON (records, {@code java.time}, {@code Optional} through the
   * modules on the class path): DSL examples ({@code like(order)}) and values returned by provider
   * state handlers.
   */
  public static final ObjectMapper JAVA_VALUES = JsonLimits.newMapper().findAndRegisterModules();

  private JsonMappers() {}
}
