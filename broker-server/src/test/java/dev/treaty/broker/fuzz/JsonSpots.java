package dev.treaty.broker.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The places in a JSON tree a mutation can hit, in document order: each node with its parent and
 * the key or index it sits under, and its path ({@code $.contracts[0].content}) for reports.
 */
record JsonSpots(List<Spot> spots) {
  /** One node of the tree; the root has no parent. */
  record Spot(JsonNode node, JsonNode parent, String key, int index, String path) {
    boolean isRoot() {
      return parent == null;
    }

    /** Puts {@code value} where this node is; the root cannot be replaced in place, so it is left alone. */
    void replace(JsonNode value) {
      if (parent instanceof ObjectNode object) {
        object.set(key, value);
      } else if (parent instanceof ArrayNode array) {
        array.set(index, value);
      }
    }

    void remove() {
      if (parent instanceof ObjectNode object) {
        object.remove(key);
      } else if (parent instanceof ArrayNode array) {
        array.remove(index);
      }
    }
  }

  static JsonSpots of(JsonNode root) {
    List<Spot> spots = new ArrayList<>();
    walk(root, null, null, -1, "$", spots);
    return new JsonSpots(spots);
  }

  /** The spot at {@code at} (taken modulo the number of spots), so any generated index hits something. */
  Spot at(int at) {
    return spots.get(Math.floorMod(at, spots.size()));
  }

  /** The spot at {@code at} among those {@code preferred} picks, or among all when it picks none. */
  Spot at(int at, java.util.function.Predicate<Spot> preferred) {
    List<Spot> picked = spots.stream().filter(preferred).toList();
    return (picked.isEmpty() ? spots : picked).get(Math.floorMod(at, picked.isEmpty() ? spots.size() : picked.size()));
  }

  private static void walk(JsonNode node, JsonNode parent, String key, int index, String path, List<Spot> spots) {
    spots.add(new Spot(node, parent, key, index, path));
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> field : List.copyOf(object.properties())) {
        walk(field.getValue(), object, field.getKey(), -1, path + "." + field.getKey(), spots);
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        walk(array.get(i), array, null, i, path + "[" + i + "]", spots);
      }
    }
  }
}
