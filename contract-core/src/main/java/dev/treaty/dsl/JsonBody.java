package dev.treaty.dsl;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.contract.Body;
import dev.treaty.contract.Category;
import dev.treaty.contract.Generator;
import dev.treaty.contract.Generators;
import dev.treaty.contract.MatchingRule;
import dev.treaty.contract.MatchingRules;
import dev.treaty.contract.RuleGroup;
import dev.treaty.dsl.internal.ExamplePath;
import dev.treaty.dsl.internal.RuleMaps;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A JSON body built with the DSL: the example document and, keyed by JSON path ({@code
 * $.items[*].price}), the matching rules and generators that belong to it.
 *
 * <p>Made by {@link ContractDsl#json}, {@link ContractDsl#jsonArray} and {@link ContractDsl#like};
 * handed to {@link RequestBuilder#body(JsonBody)}, {@link ResponseBuilder#body(JsonBody)} or
 * {@link MessageInteractionBuilder#contents(JsonBody)}. The JSON tree is shared: treat it as
 * read-only.
 */
public record JsonBody(JsonNode example, Map<String, RuleGroup> rules, Map<String, Generator> generators) {

  public JsonBody {
    Objects.requireNonNull(example, "example");
    rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    generators = Collections.unmodifiableMap(new LinkedHashMap<>(generators));
  }

  /**
   * This body with the value at {@code path} replaced by {@code value}: its example, and its rules
   * and generator in place of whatever was there (also below it). Meant for bodies built from an
   * example object, where every field is matched by type, when a field needs more:
   *
   * <pre>{@code
   * like(order)
   *     .with("status", regex("PLACED|PAID|SHIPPED", "PAID"))
   *     .with("lines[*].sku", regex("SKU-\\d{4}", "SKU-0001"))
   *     .with("id", fromProviderState("${id}", 42))
   * }</pre>
   *
   * <p>{@code path} is a JSON path into the example, {@code $} optional: {@code status},
   * {@code $.customer.name}, {@code lines[*].sku} (every element), {@code lines[0]},
   * {@code ['x-id']}. A value without rules must then equal its example exactly. A path that names
   * nothing in the example is an {@link IllegalArgumentException} saying where it stopped and which
   * fields were there. This body is not changed.
   */
  public JsonBody with(String path, MatchedValue value) {
    Objects.requireNonNull(value, "value");
    ExamplePath at = ExamplePath.parse(Objects.requireNonNull(path, "path"));
    JsonNode changed = example.deepCopy();
    at.replace(changed, value.example());
    RuleGroup group = value.rules() == null || value.rules().isEmpty()
        ? RuleGroup.of(new MatchingRule.Equality())
        : value.rules();
    return new JsonBody(changed, replaced(rules, at, group), replaced(generators, at, value.generator()));
  }

  private static <T> Map<String, T> replaced(Map<String, T> entries, ExamplePath at, T value) {
    Map<String, T> result = new LinkedHashMap<>();
    boolean placed = false;
    for (Map.Entry<String, T> entry : entries.entrySet()) {
      if (entry.getKey().equals(at.canonical())) {
        if (value != null) {
          result.put(at.canonical(), value);
        }
        placed = true;
      } else if (!at.covers(entry.getKey())) {
        result.put(entry.getKey(), entry.getValue());
      }
    }
    if (!placed && value != null) {
      result.put(at.canonical(), value);
    }
    return result;
  }

  /** The example as a body with content type {@code application/json}. */
  public Body body() {
    return Body.json(example);
  }

  /** {@code base} with this body's rules added under {@link Category#BODY}. */
  public MatchingRules addRulesTo(MatchingRules base) {
    return RuleMaps.with(base, Category.BODY, rules);
  }

  /** {@code base} with this body's generators added under {@link Category#BODY}. */
  public Generators addGeneratorsTo(Generators base) {
    return RuleMaps.with(base, Category.BODY, generators);
  }

  /** The example as compact JSON text. */
  @Override
  public String toString() {
    return example.toString();
  }
}
