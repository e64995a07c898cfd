package dev.treaty.contract;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The generators of a request, response or message, grouped by {@link Category} and path, keyed
 * the same way as {@link MatchingRules}.
 */
public record Generators(Map<Category, Map<String, Generator>> categories) {

  public static final Generators EMPTY = new Generators(Map.of());

  public Generators {
    Map<Category, Map<String, Generator>> copy = new LinkedHashMap<>();
    categories.forEach(
        (category, generators) -> {
          if (!generators.isEmpty()) {
            copy.put(category, Collections.unmodifiableMap(new LinkedHashMap<>(generators)));
          }
        });
    categories = Collections.unmodifiableMap(copy);
  }

  public Map<String, Generator> get(Category category) {
    return categories.getOrDefault(category, Map.of());
  }

  public boolean isEmpty() {
    return categories.isEmpty();
  }

  /** A copy with {@code generator} set at {@code path} of {@code category}. */
  public Generators with(Category category, String path, Generator generator) {
    Map<Category, Map<String, Generator>> copy = new LinkedHashMap<>(categories);
    Map<String, Generator> generators = new LinkedHashMap<>(get(category));
    generators.put(path, generator);
    copy.put(category, generators);
    return new Generators(copy);
  }
}
