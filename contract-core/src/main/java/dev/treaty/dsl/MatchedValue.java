package dev.treaty.dsl;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.contract.Generator;
import dev.treaty.contract.RuleGroup;
import java.util.Objects;

/**
 * An example value together with the matching rules that accept other values in its place and an
 * optional generator that replaces it at replay time.
 *
 * <p>Made by the factories of {@link ContractDsl} ({@code integerType(42)}, {@code regex("\\d+",
 * "42")}, {@code fromProviderState("${id}", 42)}) and placed into JSON bodies, paths, headers and
 * query parameters by the builders.
 *
 * @param example the value the contract shows and the mock provider answers with
 * @param rules the matchers at this value's position, or null for equality with the example
 * @param generator the generator applied at replay time, or null
 */
public record MatchedValue(JsonNode example, RuleGroup rules, Generator generator) {

  public MatchedValue {
    Objects.requireNonNull(example, "example");
  }

  /** The example as text, as it appears in a path, header or query parameter. */
  public String exampleText() {
    return example.isTextual() ? example.textValue() : example.toString();
  }
}
