package dev.treaty.dsl;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.contract.Body;
import dev.treaty.contract.Category;
import dev.treaty.contract.Generator;
import dev.treaty.contract.Generators;
import dev.treaty.contract.MatchingRules;
import dev.treaty.contract.RuleGroup;
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
