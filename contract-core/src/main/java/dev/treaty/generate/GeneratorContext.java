package dev.treaty.generate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where generators run, as Pact's generator modes: the consumer's mock provider answering a request
 * ({@code MockServerURL} points at the mock, {@code ProviderState} keeps its example), or provider
 * verification building a request ({@code ProviderState} takes the state's values, {@code
 * MockServerURL} keeps its example). Random, UUID and date/time generators run in both.
 *
 * @param mode consumer or provider
 * @param providerStateValues the provider states' params and setup results (provider mode)
 * @param mockServerUrl the mock provider's base URL, such as {@code http://localhost:8080} (consumer mode)
 */
public record GeneratorContext(Mode mode, Map<String, JsonNode> providerStateValues, String mockServerUrl) {

  /** The two sides that run generators. */
  public enum Mode {
    /** The consumer's mock provider generates its responses. */
    CONSUMER,
    /** Provider verification generates the requests it sends. */
    PROVIDER
  }

  public GeneratorContext {
    Objects.requireNonNull(mode, "mode");
    providerStateValues = providerStateValues == null ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(providerStateValues));
  }

  /** The context of a mock provider at {@code mockServerUrl}. */
  public static GeneratorContext consumer(String mockServerUrl) {
    return new GeneratorContext(Mode.CONSUMER, Map.of(), Objects.requireNonNull(mockServerUrl, "mockServerUrl"));
  }

  /** The context of provider verification, with the provider states' {@code values}. */
  public static GeneratorContext provider(Map<String, JsonNode> values) {
    return new GeneratorContext(Mode.PROVIDER, values, null);
  }
}
