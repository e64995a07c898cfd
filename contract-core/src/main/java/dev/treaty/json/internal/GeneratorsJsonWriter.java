package dev.treaty.json.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.contract.Category;
import dev.treaty.contract.Generator;
import dev.treaty.contract.Generators;
import java.util.Map;
import java.util.TreeMap;

/** Writes {@code generators} grouped by category, paths sorted; path and status hold theirs directly. */
final class GeneratorsJsonWriter {
  private final String bodyCategoryName;

  GeneratorsJsonWriter(String bodyCategoryName) {
    this.bodyCategoryName = bodyCategoryName;
  }

  /** Puts {@code generators} under {@code field} of {@code parent}; none write nothing. */
  void write(ObjectNode parent, String field, Generators generators) {
    if (generators.isEmpty()) {
      return;
    }
    ObjectNode node = parent.putObject(field);
    for (Category category : Categories.inWritingOrder(generators.categories().keySet())) {
      Map<String, Generator> byPath = generators.get(category);
      String name = category.equals(Category.BODY) ? bodyCategoryName : category.name();
      if (category.isSingleValued() && byPath.size() == 1 && byPath.containsKey("")) {
        node.set(name, generator(byPath.get("")));
      } else {
        node.set(name, paths(byPath));
      }
    }
  }

  static ObjectNode paths(Map<String, Generator> byPath) {
    ObjectNode node = PactJson.NODES.objectNode();
    new TreeMap<>(byPath).forEach((path, generator) -> node.set(path, generator(generator)));
    return node;
  }

  private static ObjectNode generator(Generator generator) {
    ObjectNode node = PactJson.NODES.objectNode();
    node.put("type", generator.type());
    new TreeMap<>(GeneratorAttributes.attributes(generator)).forEach(node::set);
    return node;
  }
}
