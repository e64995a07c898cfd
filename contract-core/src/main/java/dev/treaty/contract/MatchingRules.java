package dev.treaty.contract;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The matching rules of a request, response or message, grouped by {@link Category} and then by
 * path: a JSON path such as {@code $.items[*].price} for bodies, a header or query parameter name
 * for headers and query, and the empty string for single-valued categories (path, method, status).
 */
public record MatchingRules(Map<Category, Map<String, RuleGroup>> categories) {

  /** No rules: every value is compared by equality with the example. */
  public static final MatchingRules EMPTY = new MatchingRules(Map.of());

  public MatchingRules {
    Map<Category, Map<String, RuleGroup>> copy = new LinkedHashMap<>();
    categories.forEach(
        (category, rules) -> {
          if (!rules.isEmpty()) {
            copy.put(category, Collections.unmodifiableMap(new LinkedHashMap<>(rules)));
          }
        });
    categories = Collections.unmodifiableMap(copy);
  }

  /** The rules of one category, keyed by path; empty when the category has none. */
  public Map<String, RuleGroup> get(Category category) {
    return categories.getOrDefault(category, Map.of());
  }

  public boolean isEmpty() {
    return categories.isEmpty();
  }

  /** A copy with {@code group} set at {@code path} of {@code category}. */
  public MatchingRules with(Category category, String path, RuleGroup group) {
    Map<Category, Map<String, RuleGroup>> copy = new LinkedHashMap<>(categories);
    Map<String, RuleGroup> rules = new LinkedHashMap<>(get(category));
    rules.put(path, group);
    copy.put(category, rules);
    return new MatchingRules(copy);
  }
}
