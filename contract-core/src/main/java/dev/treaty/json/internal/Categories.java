package dev.treaty.json.internal;

import dev.treaty.contract.Category;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Orders categories for writing: the known ones in {@link Category#KNOWN} order, then the rest by name. */
final class Categories {
  private Categories() {}

  static List<Category> inWritingOrder(Collection<Category> categories) {
    List<Category> ordered = new ArrayList<>();
    for (Category known : Category.KNOWN) {
      if (categories.contains(known)) {
        ordered.add(known);
      }
    }
    categories.stream()
        .filter(c -> !c.isKnown())
        .sorted(Comparator.comparing(Category::name))
        .forEach(ordered::add);
    return ordered;
  }
}
