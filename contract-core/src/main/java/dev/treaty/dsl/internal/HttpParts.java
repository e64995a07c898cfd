package dev.treaty.dsl.internal;

import dev.treaty.contract.Category;
import dev.treaty.contract.Generators;
import dev.treaty.contract.Headers;
import dev.treaty.contract.MatchingRules;
import dev.treaty.dsl.MatchedValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The headers (or query parameters) of a request or response under construction, with their rules. */
public final class HttpParts {
  private final Map<String, List<String>> values = new LinkedHashMap<>();
  private MatchingRules rules = MatchingRules.EMPTY;
  private Generators generators = Generators.EMPTY;

  /** Adds {@code value} under {@code name} in {@code category}, keeping its rules and generator. */
  public void add(Category category, String name, MatchedValue value) {
    values.computeIfAbsent(name, k -> new ArrayList<>()).add(value.exampleText());
    if (value.rules() != null && !value.rules().isEmpty()) {
      rules = rules.with(category, name, value.rules());
    }
    if (value.generator() != null) {
      generators = generators.with(category, name, value.generator());
    }
  }

  /** Adds a plain value compared by equality. */
  public void add(String name, String value) {
    values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
  }

  public boolean has(String name) {
    return values.keySet().stream().anyMatch(name::equalsIgnoreCase);
  }

  public Map<String, List<String>> values() {
    return values;
  }

  public Headers headers() {
    return new Headers(values);
  }

  public MatchingRules rules() {
    return rules;
  }

  public Generators generators() {
    return generators;
  }
}
