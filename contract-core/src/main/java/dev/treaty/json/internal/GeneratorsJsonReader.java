package dev.treaty.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.contract.Category;
import dev.treaty.contract.Generator;
import dev.treaty.contract.Generators;
import dev.treaty.path.internal.JsonPaths;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads {@code generators} grouped by category; a single-valued category (path, status) holds its
 * generator directly ({@code "path": {"type": "ProviderState", ...}}). Each generator becomes its
 * {@link Generator} record ({@link GeneratorAttributes}); unknown types are kept as read.
 */
final class GeneratorsJsonReader {
  private final ReadContext context;

  GeneratorsJsonReader(ReadContext context) {
    this.context = context;
  }

  Generators read(JsonNode node, String path) {
    if (node == null || node.isNull()) {
      return Generators.EMPTY;
    }
    Map<Category, Map<String, Generator>> categories = new LinkedHashMap<>();
    ObjectNode object = context.object(node, path);
    if (object == null) {
      return Generators.EMPTY;
    }
    object.fields().forEachRemaining(
        entry -> {
          String key = entry.getKey();
          Category category;
          String categoryPath = JsonPaths.field(path, key);
          FlatPath flat = FlatPath.parse(key);
          Map<String, Generator> generators;
          if (flat != null) {
            category = flat.category();
            Generator generator = generator(entry.getValue(), categoryPath);
            generators = generator == null ? Map.of() : Map.of(flat.key(), generator);
          } else {
            category = Category.of(key);
            generators = byPath(entry.getValue(), categoryPath);
          }
          categories.computeIfAbsent(category, c -> new LinkedHashMap<>()).putAll(generators);
        });
    return new Generators(categories);
  }

  /** Generators keyed by path only (as inside an {@code arrayContains} variant). */
  Generators readPaths(Category category, JsonNode node, String path) {
    if (node == null || node.isNull()) {
      return Generators.EMPTY;
    }
    return new Generators(Map.of(category, byPath(node, path)));
  }

  private Map<String, Generator> byPath(JsonNode node, String path) {
    ObjectNode object = context.object(node, path);
    Map<String, Generator> generators = new LinkedHashMap<>();
    if (object == null) {
      return generators;
    }
    if (object.path("type").isTextual()) {
      generators.put("", generator(object, path));
      return generators;
    }
    object.fields().forEachRemaining(
        entry -> {
          Generator generator = generator(entry.getValue(), JsonPaths.field(path, entry.getKey()));
          if (generator != null) {
            generators.put(entry.getKey(), generator);
          }
        });
    return generators;
  }

  /** The generator at {@code path}; null when refused. */
  private Generator generator(JsonNode node, String path) {
    ObjectNode object = context.object(node, path);
    String type = object == null ? null : context.requiredText(object, "type", path);
    if (type == null) {
      return null;
    }
    Map<String, JsonNode> attributes = new LinkedHashMap<>();
    object.fields().forEachRemaining(
        entry -> {
          if (!entry.getKey().equals("type")) {
            attributes.put(entry.getKey(), entry.getValue());
          }
        });
    return GeneratorAttributes.toGenerator(type, attributes);
  }
}
